-- An invited account waits for its invitee to choose a password: the users list shows it as "invited".
ALTER TABLE user_account ADD COLUMN invitation_pending BOOLEAN NOT NULL DEFAULT FALSE;

-- Accounts invited before this column existed: an invitation link and none of them accepted.
UPDATE user_account u SET invitation_pending = TRUE
 WHERE EXISTS (SELECT 1 FROM invitation i WHERE i.user_id = u.id AND i.purpose = 'INVITATION')
   AND NOT EXISTS (SELECT 1 FROM invitation i
                    WHERE i.user_id = u.id AND i.purpose = 'INVITATION' AND i.accepted_at IS NOT NULL);
