-- Version 9: check-worthiness, the logical schema of the SQLite ledger's version 8. Each mention keeps the
-- score its content was given (null for mentions stored before scoring existed, or by a pipeline without a
-- scorer); a claim keeps the highest score of its mentions, kept up to date as mentions are linked.

ALTER TABLE mentions ADD COLUMN check_worthiness double precision;
ALTER TABLE claims ADD COLUMN check_worthiness double precision;
CREATE INDEX claims_check_worthiness ON claims (check_worthiness DESC NULLS LAST, seq DESC);
