-- Built-in award texts in native order, with case forms and gendered wording
-- (issue 14). Only texts still as shipped are rewritten; a text the office
-- edited is left alone.

-- Diploma: Kazakh puts the verb after the name («… үшін марапатталады»).
UPDATE doc_template SET subtitle_kk = ''
 WHERE builtin = 1 AND kind = 'diploma' AND subtitle_kk = 'марапатталады';
UPDATE doc_template
   SET body_kk = '{event_date:locative} {event_held} «{event}» іс-шарасындағы жоғары нәтижесі үшін марапатталады.'
 WHERE builtin = 1 AND kind = 'diploma'
   AND body_kk = '«{event}» іс-шарасындағы ({event_date}) жоғары нәтижесі үшін';
UPDATE doc_template SET subtitle_ru = 'Награждается'
 WHERE builtin = 1 AND kind = 'diploma' AND subtitle_ru = 'награждается';
UPDATE doc_template
   SET body_ru = 'за высокие результаты в мероприятии «{event}», {event_held} {event_date:words}.'
 WHERE builtin = 1 AND kind = 'diploma'
   AND body_ru = 'за высокие результаты в мероприятии «{event}» ({event_date})';

-- Certificate: the name in the genitive in Kazakh («Осы сертификат … Дарханұлының
-- 2026 жылғы 8 қарашада өткен … растайды»); «принял» / «приняла» in Russian,
-- and a wording without a gendered verb when the gender is not known.
UPDATE doc_template SET subtitle_kk = 'Осы сертификат
{full_name:genitive}'
 WHERE builtin = 1 AND kind = 'certificate' AND subtitle_kk = 'осы сертификат';
UPDATE doc_template
   SET body_kk = '{event_date:locative} {event_held} «{event}» іс-шарасына қатысқанын растайды.'
 WHERE builtin = 1 AND kind = 'certificate'
   AND body_kk = '{event_date} өткен «{event}» іс-шарасына қатысқанын растайды';
UPDATE doc_template SET subtitle_ru = 'Настоящий сертификат подтверждает, что'
 WHERE builtin = 1 AND kind = 'certificate'
   AND subtitle_ru = 'настоящий сертификат подтверждает, что';
UPDATE doc_template
   SET body_ru = '{принял участие в мероприятии «{event}», {event_held}|приняла участие в мероприятии «{event}», {event_held}|является участником мероприятия «{event}», {event_held:genitive}} {event_date:words}.'
 WHERE builtin = 1 AND kind = 'certificate'
   AND body_ru = 'принял(а) участие в мероприятии «{event}», {event_date}';

-- Sign-in sheet: the date in words.
UPDATE doc_template SET body_kk = '{event_date:words} · {place}'
 WHERE builtin = 1 AND kind = 'sheet' AND body_kk = '{event_date} · {place}';
UPDATE doc_template SET body_ru = '{event_date:words} · {place}'
 WHERE builtin = 1 AND kind = 'sheet' AND body_ru = '{event_date} · {place}';
