#!/usr/bin/env python3
"""Builds test/unit/engine/detectors/fixtures/names-corpus.json, the people and places of the names
and addresses corpus (test/unit/engine/detectors/names-addresses.test.ts).

Source: presidio-research (MIT), presidio_evaluator/data_generator/raw_data/:
- FakeNameGenerator.com_3000.csv: fake identities in 24 name sets (Czech, Chechen, Japanese,
  Icelandic, Brazilian, ...) with street addresses of 30 countries;
- companies_and_organizations.csv: real company names (negatives: never a person).

Usage: python3 scripts/names-corpus.py FAKE_NAMES_CSV COMPANIES_CSV > test/unit/engine/detectors/fixtures/names-corpus.json

Picks deterministically (every k-th row), so the corpus is the same on every run.
"""
import csv
import json
import sys

PEOPLE_PER_NAME_SET = 5
ADDRESSES_PER_COUNTRY = 6
# Countries whose street and postcode formats the detectors claim (README "Names and addresses").
ADDRESS_COUNTRIES = ['US', 'GB', 'CA', 'AU', 'NZ', 'ZA', 'FR', 'BE', 'ES', 'IT', 'PT', 'BR', 'DE', 'AT', 'CH', 'NL']


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
    people, seen = [], {}
    for r in rows[::7]:
        n = seen.get(r['NameSet'], 0)
        if n >= PEOPLE_PER_NAME_SET:
            continue
        seen[r['NameSet']] = n + 1
        people.append({'set': r['NameSet'], 'title': r['Title'], 'given': r['GivenName'], 'initial': r['MiddleInitial'], 'surname': r['Surname']})
    addresses, per = [], {}
    for r in rows[1::5]:
        c = r['Country']
        if c not in ADDRESS_COUNTRIES or per.get(c, 0) >= ADDRESSES_PER_COUNTRY:
            continue
        per[c] = per.get(c, 0) + 1
        addresses.append({'country': c, 'street': r['StreetAddress'], 'city': r['City'], 'state': r['State'], 'zip': r['ZipCode']})
    companies = [row[0] for row in csv.reader(open(sys.argv[2], encoding='utf-8'))][1::400]
    json.dump({'source': 'presidio-research raw_data (MIT): FakeNameGenerator.com_3000.csv, companies_and_organizations.csv', 'people': people, 'addresses': addresses, 'companies': companies}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
