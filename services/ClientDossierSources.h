#pragma once

#include "DossierSources.h"

class SardineClient;
class SphereClient;

// The customer dossier's requests made by the vendor clients; `sardine` may be null (not
// configured), which leaves the Sardine entries empty. The clients must outlive the functions.
DossierSources clientDossierSources(SphereClient *sphere, SardineClient *sardine);
