"""Who practitioners are: professions, the registers that license them, and which fit which.

Plain choices, so forms and models can both use them without importing each other.
"""

from django.db import models


class Profession(models.TextChoices):
    DOCTOR = "doctor", "Doctor"
    DERMATOLOGIST = "dermatologist", "Consultant dermatologist"
    PLASTIC_SURGEON = "plastic-surgeon", "Plastic surgeon"
    DENTIST = "dentist", "Dentist"
    NURSE_PRESCRIBER = "nurse-prescriber", "Nurse prescriber"
    NURSE = "nurse", "Nurse"
    PHARMACIST_PRESCRIBER = "pharmacist-prescriber", "Pharmacist prescriber"
    AESTHETIC_PRACTITIONER = "aesthetic-practitioner", "Aesthetic practitioner"


# Professions schema.org describes as a Physician; dentists are a Dentist, others a
# MedicalBusiness.
PHYSICIAN_PROFESSIONS = {Profession.DOCTOR, Profession.DERMATOLOGIST, Profession.PLASTIC_SURGEON}


class RegistrationBody(models.TextChoices):
    GMC = "GMC", "General Medical Council (GMC)"
    GDC = "GDC", "General Dental Council (GDC)"
    NMC = "NMC", "Nursing and Midwifery Council (NMC)"
    GPHC = "GPhC", "General Pharmaceutical Council (GPhC)"
    HCPC = "HCPC", "Health and Care Professions Council (HCPC)"
    JCCP = "JCCP", "Joint Council for Cosmetic Practitioners (JCCP, voluntary)"
    NONE = "", "Not on a professional register"


# The register each regulated profession must be on (UK law: doctors GMC, dentists GDC,
# nurses NMC, pharmacists GPhC). Others may be on a voluntary register, or none.
PROFESSION_REGISTERS = {
    Profession.DOCTOR: RegistrationBody.GMC,
    Profession.DERMATOLOGIST: RegistrationBody.GMC,
    Profession.PLASTIC_SURGEON: RegistrationBody.GMC,
    Profession.DENTIST: RegistrationBody.GDC,
    Profession.NURSE_PRESCRIBER: RegistrationBody.NMC,
    Profession.NURSE: RegistrationBody.NMC,
    Profession.PHARMACIST_PRESCRIBER: RegistrationBody.GPHC,
}


# Each register's public search, where a visitor can check a registration themselves.
REGISTER_SEARCH_URLS = {
    RegistrationBody.GMC: "https://www.gmc-uk.org/registration-and-licensing/the-medical-register",
    RegistrationBody.GDC: "https://olr.gdc-uk.org/searchregister",
    RegistrationBody.NMC: "https://www.nmc.org.uk/registration/search-the-register/",
    RegistrationBody.GPHC: "https://www.pharmacyregulation.org/registers",
    RegistrationBody.HCPC: "https://www.hcpc-uk.org/check-the-register/",
    RegistrationBody.JCCP: "https://www.jccp.org.uk/ProfessionalRegister/ProfessionalRegister",
}
