-- Version 5: desk accounts and API tokens, the logical schema of the SQLite ledger's version 4. Passwords are
-- stored as ASP.NET Core password hashes, tokens as SHA-256. Names are unique case aside (SQLite: COLLATE NOCASE).

CREATE TABLE users (
    name          text PRIMARY KEY,
    role          text NOT NULL,
    password_hash text NOT NULL,
    created       timestamptz NOT NULL
);

CREATE UNIQUE INDEX users_name_nocase ON users (lower(name));

CREATE TABLE api_tokens (
    token_hash text PRIMARY KEY,
    user_name  text NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    label      text NOT NULL,
    created    timestamptz NOT NULL
);
