# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Hungarian identifiers: parsing, check digits and canonical forms.

Pure functions, without the ORM, so that the partner model, the importer and
the tests share one definition. Each ``parse_*`` function returns the
canonical form or raises :class:`HuIdentifierError` whose ``code`` says why;
the partner model turns the code into a translated message.
"""

import datetime
import re

# Territorial codes (területi kód) of the tax authority's directorates: the
# county pairs 02-20 / 22-40, the Budapest directorates 41-43, the large
# taxpayers' directorate 44 and the priority cases' directorate 51.
TAX_AREA_CODES = frozenset(
    [f"{code:02d}" for code in range(2, 21)] + [f"{code:02d}" for code in range(22, 45)] + ["51"]
)
VAT_CODE_EXEMPT = "1"
VAT_CODE_GROUP_MEMBER = "4"
VAT_CODE_GROUP = "5"
VAT_CODES = frozenset("12345")
# Registry court codes (cégbíróság) and company-form codes (cégforma) of the
# cégjegyzékszám CC-FF-NNNNNN.
REGISTRY_COURT_CODES = frozenset(f"{code:02d}" for code in range(1, 21))
REGISTRY_FORM_CODES = frozenset(
    ["01", "02", "03", "06", "07", "08", "09", "10", "11", "12"] + [f"{code:02d}" for code in range(15, 24)]
)
PERSONAL_TAX_ID_EPOCH = datetime.date(1867, 1, 1)

_SEPARATORS_RE = re.compile(r"[\s\-./]")
_REGISTRY_PREFIX_RE = re.compile(r"^\s*cg\.?\s*", re.IGNORECASE)


class HuIdentifierError(ValueError):
    """Invalid identifier; ``code`` names the rule that failed."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def _compact(value):
    return _SEPARATORS_RE.sub("", value or "").upper()


def tax_base_check_digit(first_seven):
    """Check digit of the törzsszám: weights 9, 7, 3, 1, 9, 7, 3."""
    total = sum(int(digit) * weight for digit, weight in zip(first_seven, (9, 7, 3, 1, 9, 7, 3), strict=True))
    return (10 - total % 10) % 10


def parse_tax_number(value):
    """Return the adószám in its canonical ``12345678-1-12`` form.

    Spaces, dashes, dots and a leading ``HU`` are accepted on input.
    """
    number = _compact(value)
    number = number.removeprefix("HU")
    if not number.isdigit():
        raise HuIdentifierError("tax_not_digits")
    if len(number) == 10 and number.startswith("8"):
        raise HuIdentifierError("tax_is_personal_id")
    if len(number) == 8:
        raise HuIdentifierError("tax_eu_form_only")
    if len(number) != 11:
        raise HuIdentifierError("tax_length")
    if tax_base_check_digit(number[:7]) != int(number[7]):
        raise HuIdentifierError("tax_check_digit")
    if number[8] not in VAT_CODES:
        raise HuIdentifierError("tax_vat_code")
    if number[9:] not in TAX_AREA_CODES:
        raise HuIdentifierError("tax_area_code")
    return f"{number[:8]}-{number[8]}-{number[9:]}"


def eu_vat_from_tax_number(tax_number):
    """The EU VAT number ``HU12345678`` of a canonical adószám."""
    return f"HU{tax_number[:8]}"


def parse_personal_tax_id(value, birthdate=None):
    """Validate an adóazonosító jel (10 digits, starts with 8, check digit).

    Digits 2-6 count the days from 1867-01-01 to the holder's birth date;
    when ``birthdate`` is known it must agree.
    """
    number = _compact(value)
    if not number.isdigit() or len(number) != 10:
        raise HuIdentifierError("personal_length")
    if number[0] != "8":
        raise HuIdentifierError("personal_prefix")
    remainder = sum(int(digit) * position for position, digit in enumerate(number[:9], start=1)) % 11
    if remainder == 10 or remainder != int(number[9]):
        raise HuIdentifierError("personal_check_digit")
    if birthdate and (birthdate - PERSONAL_TAX_ID_EPOCH).days != int(number[1:6]):
        raise HuIdentifierError("personal_birthdate")
    return number


def parse_company_registry(value):
    """Return the cégjegyzékszám in its canonical ``01-09-123456`` form.

    A leading ``Cg.`` and any spaces, dashes or dots are accepted on input.
    """
    number = _compact(_REGISTRY_PREFIX_RE.sub("", value or ""))
    if not number.isdigit() or len(number) != 10:
        raise HuIdentifierError("registry_length")
    if number[:2] not in REGISTRY_COURT_CODES:
        raise HuIdentifierError("registry_court")
    if number[2:4] not in REGISTRY_FORM_CODES:
        raise HuIdentifierError("registry_form")
    return f"{number[:2]}-{number[2:4]}-{number[4:]}"
