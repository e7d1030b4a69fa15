kycdesk_add_test(tst_sphere_codec SOURCES tst_sphere_codec.cpp LIBS kycdesk_services LABELS unit)
