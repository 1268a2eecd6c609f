-- Version 4: desk accounts and API tokens. Passwords are stored as ASP.NET Core password hashes, tokens as SHA-256.

CREATE TABLE users (
    name          TEXT PRIMARY KEY COLLATE NOCASE,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created       TEXT NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    created    TEXT NOT NULL
);
