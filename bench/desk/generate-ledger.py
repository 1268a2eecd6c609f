#!/usr/bin/env python3
"""Writes a synthetic Claimtrail ledger (claimtrail.ledger/1 JSON Lines, as `claimtrail export --format jsonl` writes)
of N reports for the desk load benchmark: realistic shapes, invented content.

Each report is a short news item or Telegram post stating two to four claims, each with a speaker, a cue, often a
relay chain, hedges, evidence and a place with coordinates; some posts are forwarded from a channel. Most claims are
carried by a few reports; a popular tier of a thousand claims with Zipf-like popularity takes 1% of the mentions, so
the most repeated claim is carried by a few hundred reports, as a viral claim on a real desk. Deterministic for a
given --seed.

usage: generate-ledger.py --reports N [--seed S] > ledger.jsonl
"""
import argparse
import bisect
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, timezone

OUTLETS = ["Meduza", "Agentstvo", "Sirena", "Baza", "Coastline Monitor", "Bay Courier", "Reuters", "Kyiv Independent",
           "Novaya Gazeta Europe", "The Insider", "Mediazona", "Vot Tak", "RBC", "Kommersant", "Fontanka"]
CHANNELS = ["Moscow calling", "Rybar", "Mash", "Readovka", "Shot", "Astra", "Baza channel", "Two Majors", "Ostorozhno Novosti",
            "Rezident", "Kherson Today", "Odesa Live", "Harbour Watch"]
PEOPLE = ["Dmitry Peskov", "Maria Zakharova", "Sergei Sobyanin", "Andriy Yermak", "Yuriy Ihnat", "Maria Lenz", "Tom Harker"]
INSTITUTIONS = ["the Ministry of Defence", "the city council", "the regional governor's office", "the emergency ministry",
                "the air force command", "the port authority", "the energy regulator"]
COLLECTIVES = ["local residents", "Russian Telegram channels", "military experts", "eyewitnesses", "social media users",
               "pro-Kremlin bloggers", "monitoring groups"]
PLACES = [("Moscow", None, 55.7522, 37.6156, "city"), ("Belgorod", None, 50.5977, 36.5858, "city"),
          ("Kursk", None, 51.7373, 36.1873, "city"), ("Odesa", None, 46.4775, 30.7326, "city"),
          ("Kherson", None, 46.6354, 32.6169, "city"), ("Kharkiv", None, 49.9808, 36.2527, "city"),
          ("Sevastopol", None, 44.6054, 33.522, "city"), ("Kerch", None, 45.3562, 36.4674, "city"),
          ("Ryazan", None, 54.6269, 39.6916, "city"), ("Saratov", None, 51.5406, 46.0086, "city"),
          ("Teterinsky Street", "Moscow", 55.7522, 37.6156, "street"), ("Losiny Ostrov National Park", "Moscow", 55.7522, 37.6156, "park"),
          ("Crimea", None, 45.0, 34.0, "region"), ("Novorossiysk", None, 44.7239, 37.7708, "city")]
EVENTS = ["an air defence system was installed on a government building", "drones were shot down over the refinery",
          "a fuel depot caught fire after an explosion", "the bridge was closed to traffic for several hours",
          "power was cut in several districts", "a warehouse with ammunition was hit", "the airport suspended all flights",
          "a column of armoured vehicles was seen moving north", "the mobile network was switched off",
          "a ferry was damaged in the harbour", "residents were told to stay away from windows",
          "a missile fragment fell on a residential block", "the railway station was evacuated",
          "a radar station was destroyed", "trees were cut down to clear an area for launchers"]
QUALIFIERS = ["overnight", "on Tuesday", "early this morning", "near the old port", "after a series of loud bangs",
              "according to preliminary data", "for the second time this week", "despite official denials", "", ""]
CUES = ["claims", "said", "reported", "wrote", "published videos that allegedly show", "told reporters",
        "insists", "suggests", "posted photos showing"]
RELAY_CUES = ["quoted from", "citing", "according to", "notes", "reposted by"]
HEDGES = ["allegedly", "impossible to verify", "reportedly", "unconfirmed", "rumours", "could not be independently verified"]
RESPONSES = [("declined to comment", "no_comment"), ("said questions should be addressed to the ministry", "deflects"),
             ("denied", "denies"), ("confirmed", "confirms")]
LANGUAGES = ["en"] * 6 + ["ru"] * 3 + ["uk"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    # Claim contents: enough distinct ones that most are rare and a few are everywhere.
    distinct = max(10, args.reports)
    contents = []
    for i in range(distinct):
        place = PLACES[i % len(PLACES)]
        qualifier = QUALIFIERS[(i // len(PLACES)) % len(QUALIFIERS)]
        content = f"{EVENTS[i % len(EVENTS)]} in {place[0]}" + (f" {qualifier}" if qualifier else "") + f" (case {i})"
        contents.append((content, place))
    popular = min(1000, distinct)
    cumulative = []
    total = 0.0
    for k in range(popular):
        total += 1.0 / (k + 1)
        cumulative.append(total)

    def pick():
        if rng.random() < 0.01:
            return bisect.bisect_left(cumulative, rng.random() * total)
        return rng.randrange(distinct)

    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    out = sys.stdout
    out.write(json.dumps({"schema": "claimtrail.ledger/1"}) + "\n")
    for n in range(args.reports):
        published = start + timedelta(seconds=n * 300 + rng.randint(0, 299))
        ingested = published + timedelta(minutes=rng.randint(1, 600))
        language = rng.choice(LANGUAGES)
        forwarded = rng.choice(CHANNELS) if rng.random() < 0.2 else None
        publisher = rng.choice(OUTLETS + CHANNELS)
        picked = {pick() for _ in range(rng.randint(2, 4))}
        parts = []
        mentions = []
        claims = []
        text = f"Report {n}: what we know\n\n"
        for k in sorted(picked):
            content, place = contents[k]
            kind, speaker = rng.choice([("outlet", OUTLETS), ("channel", CHANNELS), ("person", PEOPLE),
                                        ("institution", INSTITUTIONS), ("collective", COLLECTIVES)])
            speaker = rng.choice(speaker)
            cue = rng.choice(CUES)
            relays = []
            sentence = ""
            if rng.random() < 0.5:
                relay = rng.choice(OUTLETS)
                relay_cue = rng.choice(RELAY_CUES)
                sentence += f"{relay_cue.capitalize()} {relay}, "
                relays.append((relay, "outlet", relay_cue))
            hedge = rng.choice(HEDGES)
            sentence += f"{speaker} {cue} that {content}, {hedge}."
            base = len(text)
            text += sentence + " "
            s_start = base + sentence.index(f"{speaker} {cue}")
            c_start = base + sentence.index(content)
            cue_start = s_start + len(speaker) + 1
            mention_id = "m-" + hashlib.sha256(f"{n}:{k}".encode()).hexdigest()[:16]
            relay_json = []
            for name, rkind, rcue in relays:
                r_start = base + sentence.index(name)
                relay_json.append({"name": name, "kind": rkind, "cue": rcue, "span": [r_start, r_start + len(name)]})
            p_start = base + sentence.index(place[0])
            mentions.append({
                "id": mention_id, "span": [c_start, c_start + len(content)], "fragments": [[c_start, c_start + len(content)]],
                "content": content, "speaker": {"name": speaker, "kind": kind, "span": [s_start, s_start + len(speaker)]},
                "cue": cue, "cueSpan": [cue_start, cue_start + len(cue)], "relay": relay_json, "stance": "asserts",
                "hedges": [hedge], "evidence": [{"kind": "video", "text": "videos", "span": [cue_start, cue_start + len(cue)]}] if "videos" in cue else [],
                "places": [{"name": place[0], "within": place[1], "span": [p_start, p_start + len(place[0])],
                            "geo": {"latitude": place[2], "longitude": place[3], "precision": place[4], "confidence": 0.9,
                                    "resolution": "within" if place[1] else "gazetteer", "pending": place[1] is not None,
                                    "reason": "synthetic"}}],
                "entities": [], "extractor": "bench/1",
            })
            claims.append({"id": "c-" + hashlib.sha256(content.encode()).hexdigest()[:16], "text": content, "status": "unverified",
                           "mentions": [mention_id]})
            if rng.random() < 0.15:
                who, (response, stance) = rng.choice(PEOPLE), rng.choice(RESPONSES)
                sentence = f"{who} {response}."
                base = len(text)
                text += sentence + " "
                rid = "m-" + hashlib.sha256(f"{n}:{k}:r".encode()).hexdigest()[:16]
                mentions.append({
                    "id": rid, "span": [base, base + len(sentence) - 1], "fragments": [[base, base + len(sentence) - 1]],
                    "content": sentence[:-1], "speaker": {"name": who, "kind": "person", "span": [base, base + len(who)]},
                    "cue": response, "cueSpan": [base + len(who) + 1, base + len(who) + 1 + len(response)], "relay": [],
                    "stance": stance, "hedges": [], "evidence": [], "places": [], "entities": [], "extractor": "bench/1",
                })
                claims[-1]["mentions"].append(rid)
        text = text.rstrip()
        line = {
            "id": "sha256:" + hashlib.sha256(text.encode()).hexdigest(),
            "source": f"https://news.example/{publisher.lower().replace(' ', '-')}/{n}",
            "title": f"Report {n}", "language": language, "published": published.isoformat(), "publisher": publisher,
            "post": {"platform": "telegram", "postId": str(n), "url": f"https://t.example/{n}", "forwardedFrom": forwarded} if forwarded else None,
            "ingestedAt": ingested.isoformat(), "text": text, "mentions": mentions, "claims": claims,
        }
        if line["post"] is None:
            del line["post"]
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
