#pragma once

// Yativo's objects as field tables (FieldTable.h), names as on the wire
// (shared/vendor-docs/yativo-add-customer.txt, vendor-notes): the add-customer request, the
// customer and KYC status answers and the list's pagination. YativoCodec and
// YativoRequestValidator are derived from these.

#include "FieldBuilders.h"
#include "SphereFields.h"
#include "YativoTypes.h"

// A request field's rule is Sphere's for the same value (SphereRule: Email, Phone,
// CountryAlpha3, TypeName), so one analyst's input is judged the same way for both vendors; its
// message is what YativoRequestValidator shows when a required value is missing.

template<> const FieldTable<YativoCustomerRequest> &fieldTable<YativoCustomerRequest>();
template<> const FieldTable<YativoCustomer> &fieldTable<YativoCustomer>();
template<> const FieldTable<YativoKycStatus> &fieldTable<YativoKycStatus>();
template<> const FieldTable<YativoPagination> &fieldTable<YativoPagination>();
