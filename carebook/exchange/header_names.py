"""The headings spreadsheets give Carebook's columns, in the languages of our users (data only).

English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Norwegian, Swedish and Danish.
Each entry names a *role* (``column_roles``): a customer field of ``customer_schema.FIELDS`` ("email",
"notes"...), a column of an activity table ("occurred_at"...), or a part that is joined into a field
("first_name", "street", "postcode", "city" -> name and address; "mobile", "work_phone" -> phone).
Headings are written as people type them; ``column_roles.heading_key`` folds them (case, accents,
spaces and punctuation do not matter), so "E-Mail-Adresse" also matches "e-mail adresse".

A heading that means the whole name in one language and a part in another ("Name" next to "Vorname"
is the family name; "Nombre" next to "Apellidos" the given name) is listed under "name";
``column_roles`` reads it as the missing part when the file has the other part.
"""

from __future__ import annotations

CUSTOMER_HEADINGS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name", "Full name", "Fullname", "Display name", "Contact name", "Customer name", "Customer",
        "Client", "Client name", "Contact", "Vollständiger Name", "Kundenname", "Kunde", "Nom", "Nom complet",
        "Nom du client", "Nombre", "Nombre completo", "Nome", "Nome completo", "Nome do cliente", "Cliente",
        "Naam", "Volledige naam", "Klant", "Klantnaam", "Imię i nazwisko", "Nazwa klienta", "Klient", "Navn",
        "Fullt navn", "Kundenavn", "Namn", "Fullständigt namn", "Kund", "Kundnamn", "Fulde navn", "Nimi",
    ),
    "first_name": (
        "First name", "Firstname", "Given name", "Forename", "Vorname", "Prénom", "Nombre de pila",
        "Primer nombre", "Nome proprio", "Nome di battesimo", "Primeiro nome", "Voornaam", "Roepnaam", "Imię",
        "Fornavn", "Förnamn", "Tilltalsnamn",
    ),
    "middle_name": (
        "Middle name", "Middle names", "Zweiter Vorname", "Deuxième prénom", "Segundo nombre", "Secondo nome",
        "Nome do meio", "Tussenvoegsel", "Drugie imię", "Mellomnavn", "Mellannamn", "Mellemnavn",
    ),
    "last_name": (
        "Last name", "Lastname", "Surname", "Family name", "Nachname", "Familienname", "Zuname",
        "Nom de famille", "Apellido", "Apellidos", "Cognome", "Sobrenome", "Apelido", "Último nome",
        "Achternaam", "Nazwisko", "Etternavn", "Efternamn", "Efternavn",
    ),
    "name_prefix": (
        "Name prefix", "Namenspräfix", "Préfixe", "Prefijo", "Prefisso", "Prefixo", "Voorvoegsel",
    ),
    "name_suffix": (
        "Name suffix", "Namenssuffix", "Suffixe", "Sufijo", "Suffisso", "Sufixo", "Achtervoegsel",
    ),
    "other_name": (
        "Nickname", "Spitzname", "Surnom", "Apodo", "Soprannome", "Apelido carinhoso", "Bijnaam", "Pseudonim",
        "Kallenavn", "Smeknamn", "Kaldenavn",
    ),
    "company": (
        "Company", "Company name", "Organisation", "Organization", "Organisation name", "Organization name",
        "Org", "Business", "Firm", "Firma", "Firmenname", "Unternehmen", "Société", "Entreprise",
        "Raison sociale", "Empresa", "Compañía", "Azienda", "Società", "Ditta", "Companhia", "Bedrijf",
        "Bedrijfsnaam", "Organisatie", "Nazwa firmy", "Bedrift", "Firmanavn", "Foretak", "Företag",
        "Företagsnamn", "Virksomhed",
    ),
    "email": (
        "Email", "E-mail", "Mail", "Email address", "E-mail address", "Emailaddress", "E-Mail-Adresse",
        "Mailadresse", "Courriel", "Adresse e-mail", "Adresse électronique", "Mél", "Correo",
        "Correo electrónico", "Dirección de correo", "Posta elettronica", "Indirizzo email",
        "Indirizzo e-mail", "Correio eletrónico", "Correio eletrônico", "Endereço de email",
        "Endereço de e-mail", "E-mailadres", "Adres e-mail", "E-post", "E-postadresse", "Epost",
        "E-postadress", "E-mail-adresse", "Emailadresse",
    ),
    "mobile": (
        "Mobile", "Mobile phone", "Mobile number", "Cell", "Cell phone", "Cellphone", "Handy", "Handynummer",
        "Mobil", "Mobiltelefon", "Mobilnummer", "Mobilfunk", "Portable", "Téléphone portable",
        "Téléphone mobile", "Móvil", "Teléfono móvil", "Celular", "Cellulare", "Telefono cellulare",
        "Telemóvel", "Mobiel", "Mobiel nummer", "Mobiele telefoon", "GSM", "Telefon komórkowy", "Komórka",
        "Numer komórki", "Mobilnr", "Mobiltlf",
    ),
    "phone": (
        "Phone", "Telephone", "Tel", "Phone number", "Phone no", "Telephone number", "Primary phone",
        "Telefon", "Telefonnummer", "Rufnummer", "Téléphone", "Tél", "Numéro de téléphone", "Teléfono",
        "Número de teléfono", "Telefono", "Numero di telefono", "Telefone", "Número de telefone", "Telefoon",
        "Telefoonnummer", "Numer telefonu", "Tlf", "Tlf nr", "Telefonnr",
    ),
    "work_phone": (
        "Work phone", "Business phone", "Office phone", "Telefon geschäftlich", "Telefon (geschäftlich)",
        "Geschäftlich", "Téléphone professionnel", "Téléphone bureau", "Teléfono del trabajo",
        "Teléfono de trabajo", "Telefono ufficio", "Telefone comercial", "Telefone do trabalho",
        "Telefoon werk", "Telefon służbowy", "Telefon arbeid", "Telefon jobb", "Arbetstelefon",
        "Telefon arbejde",
    ),
    "home_phone": (
        "Home phone", "Private phone", "Telefon privat", "Telefon (privat)", "Téléphone domicile",
        "Téléphone personnel", "Teléfono de casa", "Teléfono particular", "Telefono casa",
        "Telefone residencial", "Telefoon thuis", "Privételefoon", "Telefon domowy", "Telefon privat",
        "Hemtelefon", "Telefon hjemme",
    ),
    "address": (
        "Address", "Full address", "Postal address", "Mailing address", "Adresse", "Anschrift",
        "Postanschrift", "Adresse postale", "Dirección", "Dirección postal", "Indirizzo", "Endereço",
        "Morada", "Adres", "Adres pocztowy", "Postadresse", "Adress", "Postadress", "Addresse",
    ),
    "street": (
        "Street", "Street address", "Address line 1", "Address line 2", "Road", "Straße", "Strasse",
        "Straße und Hausnummer", "Strasse und Hausnummer", "Rue", "Voie", "Calle", "Calle y número", "Via",
        "Rua", "Logradouro", "Straat", "Straatnaam", "Ulica", "Ulica i numer", "Gate", "Gateadresse", "Vei",
        "Gata", "Gatuadress", "Gade", "Vej", "Vejnavn",
    ),
    "house_number": (
        "House number", "Hausnummer", "Hausnr", "Numéro", "Numéro de rue", "Número", "Numero civico",
        "Huisnummer", "Numer domu", "Husnummer", "Husnr", "Gatunummer",
    ),
    "po_box": (
        "PO box", "P.O. box", "Postfach", "Boîte postale", "Apartado de correos", "Casella postale",
        "Caixa postal", "Postbus", "Skrytka pocztowa", "Postboks", "Box", "Postbox",
    ),
    "postcode": (
        "Postcode", "Post code", "Postal code", "Zip", "Zip code", "Zipcode", "PLZ", "Postleitzahl",
        "Code postal", "CP", "Código postal", "CAP", "Codice postale", "Codice di avviamento postale", "CEP",
        "Kod pocztowy", "Postnummer", "Postnr",
    ),
    "city": (
        "City", "Town", "Locality", "Ort", "Stadt", "Wohnort", "Ville", "Localité", "Commune", "Ciudad",
        "Localidad", "Población", "Città", "Località", "Comune", "Cidade", "Localidade", "Concelho", "Plaats",
        "Woonplaats", "Stad", "Miasto", "Miejscowość", "Poststed", "Sted", "Postort", "By", "Bynavn",
    ),
    "region": (
        "State", "Region", "Province", "County", "Bundesland", "Kanton", "Région", "Département", "Provincia",
        "Región", "Estado", "Regione", "Distrito", "Região", "Provincie", "Województwo", "Fylke", "Län",
        "Kommune",
    ),
    "country": ("Country", "Country/Region", "Land", "Staat", "Pays", "País", "Paese", "Nazione", "Kraj"),
    "tags": (
        "Tags", "Tag", "Labels", "Label", "Categories", "Category", "Groups", "Group", "Kategorie",
        "Kategorien", "Gruppe", "Gruppen", "Schlagwörter", "Étiquettes", "Étiquette", "Catégories",
        "Catégorie", "Groupes", "Etiquetas", "Categorías", "Grupos", "Etichette", "Categorie", "Gruppi",
        "Categorias", "Marcadores", "Categorieën", "Groepen", "Tagi", "Etykiety", "Grupy", "Etiketter",
        "Kategorier", "Grupper", "Stikkord", "Taggar", "Mærker", "Etiketten",
    ),
    "notes": (
        "Notes", "Note", "Remarks", "Remark", "Comments", "Comment", "Notizen", "Notiz", "Bemerkung",
        "Bemerkungen", "Anmerkung", "Anmerkungen", "Kommentar", "Kommentare", "Hinweis", "Hinweise",
        "Remarques", "Commentaire", "Commentaires", "Notas", "Observaciones", "Comentarios", "Osservazioni",
        "Commenti", "Annotazioni", "Observações", "Comentários", "Notities", "Opmerkingen", "Opmerking",
        "Notatki", "Uwagi", "Notater", "Merknad", "Merknader", "Anteckningar", "Noteringar", "Noter",
        "Bemærkninger",
    ),
    "birthday": (
        "Birthday", "Date of birth", "DOB", "Birth date", "Birthdate", "Born", "Geburtstag", "Geburtsdatum",
        "Anniversaire", "Date de naissance", "Cumpleaños", "Fecha de nacimiento", "Compleanno",
        "Data di nascita", "Aniversário", "Data de nascimento", "Verjaardag", "Geboortedatum", "Urodziny",
        "Data urodzenia", "Fødselsdag", "Fødselsdato", "Bursdag", "Födelsedag", "Födelsedatum",
    ),
    "preferred_channel": (
        "Preferred channel", "Bevorzugter Kanal", "Canal préféré", "Canal preferido", "Canale preferito",
        "Voorkeurskanaal", "Preferowany kanał", "Foretrukket kanal", "Föredragen kanal",
    ),
    "consent_marketing": (
        "Marketing consent", "Newsletter", "Einwilligung Marketing", "Consentement marketing",
        "Consentimiento marketing", "Consenso marketing", "Consentimento marketing", "Toestemming marketing",
        "Zgoda marketingowa", "Samtykke markedsføring", "Samtycke marknadsföring",
    ),
    "created_at": (
        "Customer since", "Created", "Kunde seit", "Client depuis", "Cliente desde", "Cliente dal",
        "Klant sinds", "Klient od", "Kunde siden", "Kund sedan",
    ),
}  # fmt: skip

# The activity tables (contacts, feedback, follow-ups) by kind; "customer" and "customer_email" name the
# customer a row belongs to, so a contacts log's "Name" and "E-mail" name its customer.
_CUSTOMER_REF: dict[str, tuple[str, ...]] = {
    "customer": CUSTOMER_HEADINGS["name"],
    "customer_email": (*CUSTOMER_HEADINGS["email"], "Customer e-mail", "Client email", "Client e-mail"),
}
_DATE = ("Date", "Date and time", "Datum", "Zeit", "Fecha", "Data", "Dato", "Tidspunkt", "Datum en tijd")
ACTIVITY_HEADINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "interactions": {
        **_CUSTOMER_REF,
        "occurred_at": (
            *_DATE, "When", "Time", "Wann", "Quand", "Cuándo", "Quando", "Wanneer", "Kiedy", "Når", "När",
        ),
        "channel": ("Kanal", "Canal", "Canale", "Kanaal", "Via"),
        "direction": (
            "Richtung", "Sens", "Dirección del contacto", "Direzione", "Direção", "Richting", "Kierunek",
            "Retning", "Riktning",
        ),
        "reason": (
            "Grund", "Anlass", "Motif", "Raison", "Motivo", "Reden", "Powód", "Årsak", "Anledning", "Årsag",
        ),
        "summary": (
            "Subject", "Zusammenfassung", "Betreff", "Résumé", "Objet", "Resumen", "Asunto", "Riepilogo",
            "Oggetto", "Resumo", "Assunto", "Samenvatting", "Onderwerp", "Podsumowanie", "Temat",
            "Sammendrag", "Emne", "Sammanfattning", "Ämne",
        ),
        "notes": CUSTOMER_HEADINGS["notes"],
        "staff": (
            "Employee", "Mitarbeiter", "Employé", "Empleado", "Dipendente", "Funcionário", "Medewerker",
            "Pracownik", "Ansatt", "Personal", "Medarbejder",
        ),
    },
    "feedback": {
        **_CUSTOMER_REF,
        "received_at": _DATE,
        "kind": ("Type", "Art", "Tipo", "Soort", "Rodzaj", "Typ"),
        "score": (
            "Punkte", "Bewertung", "Wert", "Puntuación", "Punteggio", "Pontuação", "Cijfer", "Ocena", "Poeng",
            "Poäng", "Point",
        ),
        "comment": CUSTOMER_HEADINGS["notes"],
    },
    "followups": {
        **_CUSTOMER_REF,
        "due_on": (
            *_DATE, "Due", "Due date", "Fällig", "Fällig am", "Échéance", "Vencimiento", "Scadenza",
            "Vencimento", "Vervaldatum", "Termin", "Frist", "Forfallsdato", "Förfallodag",
        ),
        "assignee": (
            "Assigned to", "Zuständig", "Assigné à", "Asignado a", "Assegnato a", "Atribuído a",
            "Toegewezen aan", "Przypisane do", "Ansvarlig", "Ansvarig",
        ),
        "note": CUSTOMER_HEADINGS["notes"],
    },
}  # fmt: skip
