#pragma once

// Sardine's objects as field tables (FieldTable.h), names as in shared/vendor-docs/sardine-*.txt:
// the identity entity and the parts of a risk answer that are plain objects (signals,
// indemnification), and the POST /v1/customers request body. SardineCodec and SardineRequestCodec
// are derived from these; a risk answer's flattened customer/transaction/checkpoints parts are read
// in SardineCodec itself.

#include "FieldBuilders.h"
#include "SardineCodec.h"
#include "SardineTypes.h"

template<> struct EnumWire<RiskLevel>
{
    static constexpr EnumNames<RiskLevel, 4> names { { { RiskLevel::Low, u"low" },
                                                       { RiskLevel::Medium, u"medium" },
                                                       { RiskLevel::High, u"high" },
                                                       { RiskLevel::VeryHigh, u"very_high" } } };
};
template<> struct EnumWire<IndemnificationDecision>
{
    static constexpr EnumNames<IndemnificationDecision, 4> names {
        { { IndemnificationDecision::Approved, u"approved" },
          { IndemnificationDecision::ConditionallyApproved, u"conditionally_approved" },
          { IndemnificationDecision::Rejected, u"rejected" },
          { IndemnificationDecision::DecisionUnknown, u"unknown" } }
    };
};
template<> struct EnumWire<SardineActionType>
{
    static constexpr EnumNames<SardineActionType, 9> names { { { SardineActionType::Buy, u"buy" },
                                                               { SardineActionType::Sell, u"sell" },
                                                               { SardineActionType::Deposit, u"deposit" },
                                                               { SardineActionType::Exchange, u"exchange" },
                                                               { SardineActionType::Withdraw, u"withdraw" },
                                                               { SardineActionType::Refund, u"refund" },
                                                               { SardineActionType::Payment, u"payment" },
                                                               { SardineActionType::Topup, u"topup" },
                                                               { SardineActionType::Transfer,
                                                                 u"transfer" } } };
};
template<> struct EnumWire<SardineAccountType>
{
    static constexpr EnumNames<SardineAccountType, 3> names { { { SardineAccountType::Checking, u"checking" },
                                                                { SardineAccountType::Savings, u"savings" },
                                                                { SardineAccountType::Other, u"other" } } };
};
template<> struct EnumWire<PersonalInfoSource>
{
    static constexpr EnumNames<PersonalInfoSource, 3> names {
        { { PersonalInfoSource::IdVerification, u"id_verification" },
          { PersonalInfoSource::BankVerification, u"bank_verification" },
          { PersonalInfoSource::PhoneVerification, u"phone_verification" } }
    };
};

// Answers.
template<> const FieldTable<IdentityAddress> &fieldTable<IdentityAddress>();
template<> const FieldTable<IdentityDocumentImages> &fieldTable<IdentityDocumentImages>();
template<> const FieldTable<IdentityDocumentData> &fieldTable<IdentityDocumentData>();
template<> const FieldTable<IdentityProfile> &fieldTable<IdentityProfile>();
template<> const FieldTable<IdentityEntity> &fieldTable<IdentityEntity>();
template<> const FieldTable<RiskSignal> &fieldTable<RiskSignal>();
template<> const FieldTable<Indemnification> &fieldTable<Indemnification>();
// The request.
template<> const FieldTable<SardineAddress> &fieldTable<SardineAddress>();
template<> const FieldTable<SardineBankAccount> &fieldTable<SardineBankAccount>();
template<> const FieldTable<SardinePaymentMethod> &fieldTable<SardinePaymentMethod>();
template<> const FieldTable<SardineTransaction> &fieldTable<SardineTransaction>();
template<> const FieldTable<SardinePersonalInfo> &fieldTable<SardinePersonalInfo>();
template<> const FieldTable<SardineCustomer> &fieldTable<SardineCustomer>();
