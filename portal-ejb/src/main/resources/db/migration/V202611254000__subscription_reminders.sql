-- The last term-end reminder mailed (for which term end, how many days before), so each of the
-- 30/7/1-day reminders goes out once per term however often or late the job runs.
ALTER TABLE subscription ADD COLUMN reminded_period_end TIMESTAMPTZ;
ALTER TABLE subscription ADD COLUMN reminded_days_before INTEGER;
