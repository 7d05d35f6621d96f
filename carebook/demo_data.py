"""Names and texts for the demo shop: customers from many places, written in their own scripts.

Each non-Latin name carries a romanised form for its email address; Latin names are folded
(``Ødegård`` -> ``odegard``). Phone numbers use Ofcom's drama ranges for landlines and ordinary mobile
ranges, all valid for phonenumbers' GB metadata; email domains are the reserved example.* ones.
"""

from __future__ import annotations

# culture: (weight, given names as (native, roman, gender), family names as (male, female, roman),
#           family name first, joined without a space)
Given = tuple[str, str, str]
Family = tuple[str, str, str]


def _latin(given: str, family: str) -> tuple[tuple[Given, ...], tuple[Family, ...]]:
    """Latin-script names from "Name/g ..." strings (g = m or f); romanised later by folding."""
    givens = tuple((g.split("/")[0], "", g.split("/")[1]) for g in given.split())
    families = tuple((f, f, "") for f in family.split())
    return givens, families


_EN = _latin(
    "Oliver/m Amelia/f George/m Isla/f Harry/m Ava/f Jack/m Mia/f Charlie/m Emily/f Thomas/m Grace/f "
    "James/m Sophie/f William/m Lucy/f Noah/m Freya/f Arthur/m Evie/f",
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Walker Evans Clarke Hughes "
    "O'Brien Thompson Robinson Khan MacLeod Fitzgerald",
)
_NO = _latin(
    "Kari/f Ola/m Ingrid/f Håkon/m Solveig/f Bjørn/m Åse/f Sigrid/f Ørjan/m Tove/f Eirik/m Marte/f",
    "Nordmann Ødegård Bråten Hagen Sæther Løvås Dæhli Kjær Haugen Aasen Strøm Bjørnstad",
)
_DE = _latin(
    "Jürgen/m Anna/f Lukas/m Grete/f Sophie/f Maximilian/m Lea/f Jörg/m Käthe/f Felix/m",
    "Müller Schmidt Schneider Fischer Weiß Schäfer Köhler Becker Hoffmann Zimmermann",
)
_ES = _latin(
    "José/m María/f Lucía/f Javier/m Sofía/f Álvaro/m Martina/f Ángel/m Nuria/f Raúl/m",
    "García Fernández González Rodríguez Martínez Núñez Pérez Sánchez Muñoz Jiménez",
)
_PL_GIVEN = _latin("Łukasz/m Zofia/f Michał/m Małgorzata/f Krzysztof/m Agnieszka/f Paweł/m Katarzyna/f", "")[
    0
]
_PL_FAMILY: tuple[Family, ...] = (
    ("Kowalski", "Kowalska", ""),
    ("Wiśniewski", "Wiśniewska", ""),
    ("Wójcik", "Wójcik", ""),
    ("Nowak", "Nowak", ""),
    ("Zieliński", "Zielińska", ""),
    ("Szymański", "Szymańska", ""),
    ("Dąbrowski", "Dąbrowska", ""),
)
_EL_GIVEN: tuple[Given, ...] = (
    ("Γιώργος", "giorgos", "m"),
    ("Μαρία", "maria", "f"),
    ("Δημήτρης", "dimitris", "m"),
    ("Ελένη", "eleni", "f"),
    ("Νίκος", "nikos", "m"),
    ("Κατερίνα", "katerina", "f"),
)
_EL_FAMILY: tuple[Family, ...] = (
    ("Παπαδόπουλος", "Παπαδοπούλου", "papadopoulos"),
    ("Οικονόμου", "Οικονόμου", "oikonomou"),
    ("Γεωργίου", "Γεωργίου", "georgiou"),
    ("Βασιλείου", "Βασιλείου", "vasileiou"),
    ("Νικολάου", "Νικολάου", "nikolaou"),
)
_RU_GIVEN: tuple[Given, ...] = (
    ("Алексей", "aleksei", "m"),
    ("Ольга", "olga", "f"),
    ("Дмитрий", "dmitri", "m"),
    ("Наталья", "natalia", "f"),
    ("Сергей", "sergei", "m"),
    ("Анна", "anna", "f"),
)
_RU_FAMILY: tuple[Family, ...] = (
    ("Иванов", "Иванова", "ivanov"),
    ("Смирнов", "Смирнова", "smirnov"),
    ("Кузнецов", "Кузнецова", "kuznetsov"),
    ("Попов", "Попова", "popov"),
    ("Соколов", "Соколова", "sokolov"),
)
_AR_GIVEN: tuple[Given, ...] = (
    ("محمد", "mohammed", "m"),
    ("فاطمة", "fatima", "f"),
    ("أحمد", "ahmed", "m"),
    ("ليلى", "layla", "f"),
    ("يوسف", "yousef", "m"),
    ("مريم", "maryam", "f"),
)
_AR_FAMILY: tuple[Family, ...] = (
    ("الحسن", "الحسن", "alhassan"),
    ("حداد", "حداد", "haddad"),
    ("منصور", "منصور", "mansour"),
    ("خليل", "خليل", "khalil"),
    ("سليمان", "سليمان", "suleiman"),
)
_HE_GIVEN: tuple[Given, ...] = (
    ("נועה", "noa", "f"),
    ("דוד", "david", "m"),
    ("תמר", "tamar", "f"),
    ("יונתן", "yonatan", "m"),
    ("מיכל", "michal", "f"),
)
_HE_FAMILY: tuple[Family, ...] = (
    ("כהן", "כהן", "cohen"),
    ("לוי", "לוי", "levi"),
    ("מזרחי", "מזרחי", "mizrahi"),
    ("פרץ", "פרץ", "peretz"),
)
_ZH_GIVEN: tuple[Given, ...] = (
    ("伟", "wei", "m"),
    ("芳", "fang", "f"),
    ("静", "jing", "f"),
    ("磊", "lei", "m"),
    ("秀英", "xiuying", "f"),
    ("晓明", "xiaoming", "m"),
)
_ZH_FAMILY: tuple[Family, ...] = (
    ("王", "王", "wang"),
    ("李", "李", "li"),
    ("张", "张", "zhang"),
    ("刘", "刘", "liu"),
    ("陈", "陈", "chen"),
)
_JA_GIVEN: tuple[Given, ...] = (
    ("陽菜", "hina", "f"),
    ("蓮", "ren", "m"),
    ("結衣", "yui", "f"),
    ("大翔", "hiroto", "m"),
    ("さくら", "sakura", "f"),
)
_JA_FAMILY: tuple[Family, ...] = (
    ("佐藤", "佐藤", "sato"),
    ("鈴木", "鈴木", "suzuki"),
    ("高橋", "高橋", "takahashi"),
    ("田中", "田中", "tanaka"),
    ("渡辺", "渡辺", "watanabe"),
)
_KO_GIVEN: tuple[Given, ...] = (
    ("민준", "minjun", "m"),
    ("서연", "seoyeon", "f"),
    ("지호", "jiho", "m"),
    ("하은", "haeun", "f"),
    ("도윤", "doyun", "m"),
)
_KO_FAMILY: tuple[Family, ...] = (
    ("김", "김", "kim"),
    ("이", "이", "lee"),
    ("박", "박", "park"),
    ("최", "최", "choi"),
    ("정", "정", "jung"),
)

# (weight, givens, families, family first, separator)
CULTURES: dict[str, tuple[int, tuple[Given, ...], tuple[Family, ...], bool, str]] = {
    "en": (40, *_EN, False, " "),
    "no": (9, *_NO, False, " "),
    "de": (7, *_DE, False, " "),
    "es": (7, *_ES, False, " "),
    "pl": (8, _PL_GIVEN, _PL_FAMILY, False, " "),
    "el": (4, _EL_GIVEN, _EL_FAMILY, False, " "),
    "ru": (4, _RU_GIVEN, _RU_FAMILY, False, " "),
    "ar": (6, _AR_GIVEN, _AR_FAMILY, False, " "),
    "he": (3, _HE_GIVEN, _HE_FAMILY, False, " "),
    "zh": (5, _ZH_GIVEN, _ZH_FAMILY, True, ""),
    "ja": (4, _JA_GIVEN, _JA_FAMILY, True, " "),
    "ko": (3, _KO_GIVEN, _KO_FAMILY, True, ""),
}

STAFF_OWNERS = ("Margaret Ellis", "Kari Hansen", "David Okafor")
STAFF_OTHERS = ("Tom Reid", "Priya Shah", "Ewa Nowak", "Lars Berg", "Sam O'Neill", "Mei Chen", "Ahmed Karim")

COMPANIES = (
    "{family} & Sons Ltd",
    "{family} Catering Ltd",
    "Studio {given}",
    "{family} Joinery",
    "The Corner Café",
    "Harbour Bakery",
    "Green Leaf Florists",
    "Nordlys Interiør AS",
    "Müller Handels GmbH",
    "Panadería {family}",
    "Bistro Łódź",
    "{family} Property Services",
)
TAGS = ("vip", "wholesale", "newsletter", "regular", "trade", "birthday club")
STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Mill Road",
    "Victoria Road",
    "Park Avenue",
    "Queen Street",
)
TOWNS = ("Leeds LS1 4AP", "York YO1 7HH", "Bristol BS1 5TR", "Manchester M1 1AE", "Sheffield S1 2HE")
CUSTOMER_NOTES = (
    "Prefers a call in the morning.",
    "Allergic to nuts: no samples with nuts.",
    "Orders for the café every Friday.",
    "Hard of hearing: email is best.",
    "Large-print invoices, please.",
    "Kunden ønsker faktura på e-post.",
    "Bitte auf Deutsch antworten.",
    "Prefiere que le escribamos por SMS.",
    "Has a standing order for coffee beans.",
)

LANDLINES = (
    "113 496",
    "114 496",
    "116 496",
    "117 496",
    "118 496",
    "121 496",
    "131 496",
    "141 496",
    "151 496",
    "161 496",
    "20 7946",
    "191 498",
)
MOBILES = ("7400", "7500", "7800", "7900", "7300", "7520", "7810", "7958")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

SUMMARIES: dict[str, tuple[str, ...]] = {
    "inquiry": (
        "Asked about opening hours over the holidays",
        "Wanted to know if the blue teapot is back in stock",
        "Asked whether we deliver to Harrogate",
        "Question about gift wrapping",
        "Asked about the loyalty card",
        "Asked for the price of a bulk order",
        "Spurte om åpningstider i påsken",
        "询问圣诞节的营业时间",
    ),
    "problem": (
        "Parcel arrived with a cracked mug",
        "Order delivered to the wrong address",
        "Voucher code not accepted at checkout",
        "Missing item in the order",
        "Delivery two days late",
        "Paket kam beschädigt an",
    ),
    "technical": (
        "Could not log in to the web shop",
        "Card payment failed twice online",
        "Coffee grinder stopped working after a week",
        "Kitchen scale will not pair with the phone app",
        "Password reset email never arrived",
    ),
    "order_return": (
        "Wants to return a jumper (wrong size)",
        "Exchange of a Christmas present",
        "Return of a duplicate order",
        "Refund for an unopened candle set",
        "Returning shoes that did not fit",
        "Devolución de un regalo de Navidad",
    ),
    "billing": (
        "Charged twice for one order",
        "Asked for a VAT invoice",
        "Invoice address needs changing",
        "Question about a direct debit",
        "Refund not yet on the card statement",
        "Pytanie o fakturę VAT",
    ),
    "recommendation": (
        "Asked what to buy for a five-year-old",
        "Wanted advice on coffee for a moka pot",
        "Looking for a present under £30",
        "Asked which blender is the quietest",
        "配送日の変更とおすすめを相談",
    ),
    "complaint": (
        "Unhappy with the wait at the till",
        "Felt rushed on the phone",
        "Product quality not as described",
        "Third late delivery this month",
        "Far too much plastic in the packaging",
        "환불이 너무 늦다는 불만",
    ),
    "compliment": (
        "Thanked us for the help choosing a present",
        "Loved the gift wrapping",
        "Very happy with the quick refund",
        "Praised the new café corner",
        "شكر على الخدمة الممتازة",
    ),
    "other": (
        "Left an umbrella in the shop",
        "Asked to be taken off a mailing list",
        "Offered to supply local honey",
        "Asked about a job vacancy",
        "Σύντομη ερώτηση για στάθμευση",
    ),
}
CONTACT_NOTES = (
    "Offered 10% off the next purchase.",
    "Customer will come back on Saturday.",
    "Sent photos of the damage by email.",
    "Spoke with the supplier; waiting for an answer.",
    "Replacement posted first class.",
    "Kunden var fornøyd til slutt.",
)
FOLLOWUP_NOTES = (
    "Call back with the repair quote",
    "Check the parcel has arrived",
    "Send the VAT invoice",
    "Ring when the teapot is back in stock",
    "Confirm the refund has gone through",
    "Ask how the new grinder is working",
    "Follow up on the complaint",
    "Ring back about the special order",
)
LOW_COMMENTS = (
    "Waited far too long.",
    "Nobody called me back.",
    "Still not fixed after three calls.",
    "The refund took ages.",
    "Ventetiden var altfor lang.",
    "Sehr enttäuschend.",
    "Muy lento, la verdad.",
    "Nikt nie oddzwonił.",
    "Очень долго ждала ответа.",
)
HIGH_COMMENTS = (
    "Brilliant service, thank you!",
    "So helpful and friendly.",
    "Fast and friendly, as always.",
    "Tusen takk for hjelpen!",
    "Super Beratung!",
    "¡Excelente atención!",
    "とても親切でした。",
    "정말 친절했어요!",
    "服务很好！",
    "شكرا جزيلا",
    "תודה רבה!",
    "Ευχαριστώ πολύ!",
)
