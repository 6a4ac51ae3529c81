-- A customer may suspend its partner's access: the partner's users stop seeing the customer's
-- subtree (the vendor's access stays) until the customer resumes it.
ALTER TABLE organization ADD COLUMN partner_access_suspended_at TIMESTAMPTZ;
ALTER TABLE organization ADD CONSTRAINT organization_suspension_only_for_customers
    CHECK (partner_access_suspended_at IS NULL OR kind = 'CUSTOMER');
CREATE INDEX organization_partner_access_suspended ON organization (path varchar_pattern_ops)
    WHERE partner_access_suspended_at IS NOT NULL;
