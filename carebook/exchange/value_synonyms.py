"""The words people type in a spreadsheet for Carebook's stored values, in the languages of our users.

A contact log kept by hand says ``e-mail``, ``walk-in``, ``Facebook`` or ``Telefon``; Carebook stores
``email``, ``in_person``, ``social`` and ``phone``. ``stored_value`` maps such a word to the stored value
of one vocabulary (``carebook.vocab``), comparing case-, accent- and spacing-insensitively; a word it does
not know (a typo) stays unknown, so the import refuses it with the allowed values.

Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Norwegian, Swedish and
Danish. Data only: add a word to its value's line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from carebook.vocab import CHANNELS, DIRECTIONS, FEEDBACK_KINDS, PRIORITIES, REASONS, STATUSES

_WORDS: dict[tuple[str, ...], dict[str, str]] = {
    CHANNELS: {
        "phone": "telephone, tel, call, phone call, calls, mobile, cell, telefon, anruf, telefonat, "
        "téléphone, appel, teléfono, llamada, telefono, chiamata, telefone, ligação, chamada, telefoon, "
        "gebeld, rozmowa, połączenie, samtale, opringning, oppringning",
        "email": "e-mail, e mail, mail, electronic mail, courriel, correo, correo electrónico, "
        "posta elettronica, correio eletrônico, correio electrónico, e-post, epost, mejl, poczta",
        "in_person": "walk-in, walk in, walkin, in store, in shop, at the counter, counter, visit, "
        "store, shop, "
        "face to face, persönlich, vor ort, im laden, laden, besuch, en personne, en magasin, au comptoir, "
        "en persona, en tienda, presencial, di persona, in negozio, pessoalmente, na loja, persoonlijk, "
        "in de winkel, winkel, osobiście, w sklepie, wizyta, personlig, personligt, personligen, oppmøte, "
        "i butikken, i butiken, butikk, butik, besøk, besök",
        "social": "social media, facebook, instagram, twitter, x, tiktok, linkedin, pinterest, youtube, "
        "soziale medien, réseaux sociaux, redes sociales, redes sociais, sociale media, social network, "
        "media społecznościowe, sosiale medier, sociala medier, sociale medier",
        "sms": "text, text message, texting, sms message, texto, mensaje de texto, messaggio, "
        "mensagem de texto, tekstmelding, tekstbesked, sms-meddelande, wiadomość sms",
        "chat": "whatsapp, messenger, facebook messenger, telegram, signal, live chat, web chat, webchat, "
        "imessage, wechat, line, viber, discord",
        "self_service": "self service, selfservice, web, website, online, portal, faq, kiosk, app, "
        "selbstbedienung, libre-service, libre service, autoservicio, autoservizio, autoatendimento, "
        "zelfbediening, samoobsługa, selvbetjening, självbetjäning, selvbetjent",
    },
    REASONS: {
        "inquiry": "enquiry, question, info, information, request, anfrage, frage, auskunft, question, "
        "demande, renseignement, consulta, pregunta, domanda, richiesta, informazione, pergunta, dúvida, "
        "vraag, informatie, pytanie, zapytanie, spørsmål, henvendelse, fråga, förfrågan, spørgsmål",
        "problem": "issue, trouble, fault, störung, problème, problema, probleem, kłopot",
        "technical": "tech, technical issue, technik, technisch, technique, técnico, tecnico, técnica, "
        "technisch probleem, techniczny, teknisk",
        "order_return": "order, return, returns, refund, exchange, order / return, order/return, bestellung, "
        "rücksendung, retoure, umtausch, commande, retour, remboursement, pedido, devolución, reembolso, "
        "ordine, reso, rimborso, encomenda, devolução, bestelling, retourzending, zamówienie, zwrot, "
        "bestilling, retur, retur av vare, beställning, returnering",
        "billing": "invoice, payment, bill, charge, rechnung, zahlung, abrechnung, facture, facturation, "
        "paiement, factura, facturación, pago, fattura, fatturazione, pagamento, fatura, cobrança, factuur, "
        "betaling, faktura, płatność, rozliczenie, betalning, fakturering",
        "recommendation": "suggestion, idea, referral, empfehlung, vorschlag, recommandation, suggestion, "
        "recomendación, sugerencia, raccomandazione, suggerimento, recomendação, sugestão, aanbeveling, "
        "suggestie, rekomendacja, sugestia, anbefaling, forslag, rekommendation",
        "complaint": "complaints, beschwerde, reklamation, réclamation, plainte, queja, reclamación, "
        "reclamo, "
        "reclamo, lamentela, reclamação, queixa, klacht, skarga, reklamacja, klage, klagomål, reklamasjon",
        "compliment": "praise, thanks, thank you, lob, dank, kompliment, félicitations, remerciement, "
        "elogio, "
        "cumplido, felicitación, complimento, ringraziamento, elogio, agradecimento, compliment, "
        "complimenten, pochwała, podziękowanie, ros, tack, takk, ros og takk",
        "other": "misc, miscellaneous, else, sonstiges, andere, anderes, autre, divers, otro, otros, altro, "
        "outro, overig, anders, inne, inny, annet, annat, andet",
    },
    DIRECTIONS: {
        "inbound": "in, incoming, received, eingehend, entrant, entrante, recibido, in entrata, entrada, "
        "recebido, inkomend, binnenkomend, przychodzące, przychodzący, innkommende, inkommande, indgående",
        "outbound": "out, outgoing, sent, ausgehend, sortant, saliente, enviado, in uscita, saída, "
        "uitgaand, wychodzące, wychodzący, utgående, udgående",
    },
    STATUSES: {
        "open": "pending, ongoing, unresolved, offen, ouvert, en cours, abierto, pendiente, aperto, "
        "aberto, pendente, openstaand, otwarte, otwarty, åpen, öppen, åben, uløst, olöst",
        "resolved": "done, closed, solved, fixed, complete, completed, erledigt, gelöst, geschlossen, "
        "résolu, "
        "fermé, terminé, resuelto, cerrado, risolto, chiuso, resolvido, fechado, opgelost, gesloten, "
        "rozwiązane, rozwiązany, zamknięte, løst, löst, lukket, stängd, afsluttet",
    },
    FEEDBACK_KINDS: {
        "csat": "satisfaction, customer satisfaction, zufriedenheit, satisfaction client, satisfacción, "
        "soddisfazione, satisfação, tevredenheid, zadowolenie, tilfredshet, nöjdhet, tilfredshed",
        "nps": "net promoter, net promoter score, weiterempfehlung, recommandation client",
        "ces": "effort, customer effort, customer effort score, aufwand, esfuerzo, sforzo, esforço, "
        "inspanning, wysiłek, innsats, ansträngning, indsats",
    },
    PRIORITIES: {
        "normal": "low, medium, standard, normal, niedrig, mittel, basse, moyenne, baja, media, bassa, "
        "média, laag, gemiddeld, niski, średni, lav, middels, låg, medel",
        "high": "urgent, important, hoch, dringend, wichtig, haute, urgente, alta, hoog, dringend, "
        "wysoki, pilne, høy, hög, høj, haster, brådskande",
    },
}

_SPACING = re.compile(r"[\s_\-./]+")


def fold(word: str) -> str:
    """``word`` compared as people mean it: case, accents and spacing (``walk-in``, ``Walk In``) aside."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACING.sub(" ", plain.replace("ł", "l").replace("ø", "o").replace("æ", "ae")).strip()


@cache
def _table(allowed: tuple[str, ...]) -> dict[str, str]:
    table = {fold(value): value for value in allowed}
    for value, words in _WORDS.get(allowed, {}).items():
        for word in words.split(","):
            table.setdefault(fold(word), value)
    return table


def stored_value(raw: str, allowed: tuple[str, ...]) -> str | None:
    """The stored value of ``allowed`` that ``raw`` names (itself, or a word for it); None if none."""
    return _table(allowed).get(fold(raw))
