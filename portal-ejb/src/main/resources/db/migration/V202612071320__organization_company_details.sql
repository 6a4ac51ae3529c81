-- A customer's company details, kept on the organization rather than only in the answers of the
-- installation request that created it: the VAT number (normalized: no spaces, dots or dashes),
-- the postal address and the contact person (whose e-mail is the existing contact_email).
ALTER TABLE organization
    ADD COLUMN vat_number    VARCHAR(20),
    ADD COLUMN street        VARCHAR(200),
    ADD COLUMN postal_code   VARCHAR(20),
    ADD COLUMN city          VARCHAR(100),
    ADD COLUMN country       VARCHAR(2),
    ADD COLUMN contact_name  VARCHAR(200),
    ADD COLUMN contact_phone VARCHAR(40);

-- Customers created by a request before this migration: their details come from the first
-- submitted request that named them as new (the answers were checked then).
UPDATE organization o
   SET vat_number    = upper(regexp_replace(c.answer ->> 'vatNumber', '[\s.\-]', '', 'g')),
       street        = c.answer -> 'address' ->> 'street',
       postal_code   = c.answer -> 'address' ->> 'postalCode',
       city          = c.answer -> 'address' ->> 'city',
       country       = c.answer -> 'address' ->> 'country',
       contact_name  = c.answer -> 'contact' ->> 'name',
       contact_phone = c.answer -> 'contact' ->> 'phone'
  FROM (SELECT DISTINCT ON (customer_id) customer_id, answers::jsonb -> 'customer' AS answer
          FROM installation_request
         WHERE state <> 'DRAFT' AND customer_id IS NOT NULL
           AND NOT (answers::jsonb -> 'customer' ? 'id')
         ORDER BY customer_id, id) c
 WHERE o.id = c.customer_id AND o.kind = 'CUSTOMER' AND o.vat_number IS NULL;
