-- A customer's latest subscription is read at every request of its users (read-only when unpaid).
CREATE INDEX subscription_customer_latest ON subscription (customer_id, id DESC);
