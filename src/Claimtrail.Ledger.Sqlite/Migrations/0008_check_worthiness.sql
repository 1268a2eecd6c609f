-- Version 8: check-worthiness. Each mention keeps the score its content was given (null for mentions stored
-- before scoring existed, or by a pipeline without a scorer); a claim keeps the highest score of its mentions,
-- kept up to date as mentions are linked, so that the most check-worthy claims can be listed first.

ALTER TABLE mentions ADD COLUMN check_worthiness REAL;
ALTER TABLE claims ADD COLUMN check_worthiness REAL;
CREATE INDEX claims_check_worthiness ON claims (check_worthiness DESC, seq DESC);
