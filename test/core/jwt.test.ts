import { expect } from '@open-wc/testing';
import { jwtExpiry, jwtPayload } from '../../src/core/jwt.js';
import { base64url, makeJwt } from './jwt-fixture.js';

describe('jwtPayload', () => {
  it('decodes the payload object of a three-segment token', () => {
    expect(jwtPayload(makeJwt({ exp: 1700000000, skypeid: 'acs:1' }))).to.deep.equal({ exp: 1700000000, skypeid: 'acs:1' });
  });

  it('decodes base64url (- and _) without padding, and UTF-8 text', () => {
    const payload = { name: 'Zoë ~~~>>>???', n: 1 };
    const segment = base64url(JSON.stringify(payload));
    expect(/[-_]/.test(segment), `fixture must exercise base64url characters: ${segment}`).to.equal(true);
    expect(segment.endsWith('='), 'fixture must be unpadded').to.equal(false);
    expect(jwtPayload(makeJwt(payload))).to.deep.equal(payload);
  });

  it('accepts an empty signature segment (unsigned emulator tokens)', () => {
    expect(jwtPayload(makeJwt({ a: 1 }, ''))).to.deep.equal({ a: 1 });
  });

  const bad: readonly [string, unknown][] = [
    ['an empty string', ''],
    ['a plain word', 'not-a-jwt'],
    ['two segments', `${base64url('{}')}.${base64url('{"a":1}')}`],
    ['four segments', `${makeJwt({ a: 1 })}.extra`],
    ['characters outside base64url', `${base64url('{}')}.${base64url('{"a":1}')}+/.sig`],
    ['a payload that is not JSON', `${base64url('{}')}.${base64url('hello')}.sig`],
    ['a payload that is a JSON array', `${base64url('{}')}.${base64url('[1,2]')}.sig`],
    ['a payload that is JSON null', `${base64url('{}')}.${base64url('null')}.sig`],
    ['a payload that is not valid UTF-8', `${base64url('{}')}.${btoa('\xff\xfe').replace(/=+$/, '')}.sig`],
    ['a non-string value', 42],
  ];
  for (const [name, token] of bad) {
    it(`returns undefined for ${name}`, () => {
      expect(jwtPayload(token as string), name).to.equal(undefined);
    });
  }
});

describe('jwtExpiry', () => {
  it('reads exp (seconds since epoch) as a Date', () => {
    expect(jwtExpiry(makeJwt({ exp: 1700000000 }))?.toISOString()).to.equal('2023-11-14T22:13:20.000Z');
  });
  it('is undefined without exp, with a non-numeric exp, or for a non-JWT', () => {
    expect(jwtExpiry(makeJwt({ iat: 1 })), 'no exp').to.equal(undefined);
    expect(jwtExpiry(makeJwt({ exp: '1700000000' })), 'string exp').to.equal(undefined);
    expect(jwtExpiry('garbage'), 'not a JWT').to.equal(undefined);
  });
});
