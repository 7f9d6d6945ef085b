import { expect } from '@open-wc/testing';
import {
  CAPABILITIES,
  capabilitiesFromDetail,
  missingCapabilities,
  readCapabilities,
  unsupportedMessage,
  type CapabilityEnv,
} from '../../src/core/capabilities.js';
import coreEndStringsEn from '../../src/i18n/en/core-end.js';
import coreStringsDe from '../../src/i18n/de/core-end.js';
import coreStringsFr from '../../src/i18n/fr/core-end.js';

const PC = function RTCPeerConnection() {};
const gum = async () => undefined;
const list = (items: string[]) => items.join(' + ');

describe('missingCapabilities', () => {
  // Every combination of the three, with the expected answer written out.
  const table: Array<[secure: boolean, pc: boolean, media: boolean, missing: string[]]> = [
    [true, true, true, []],
    [true, true, false, ['media-devices']],
    [true, false, true, ['webrtc']],
    [true, false, false, ['webrtc', 'media-devices']],
    // Insecure: browsers hide mediaDevices there, so only the root cause (and WebRTC) is named.
    [false, true, true, ['secure-context']],
    [false, true, false, ['secure-context']],
    [false, false, true, ['secure-context', 'webrtc']],
    [false, false, false, ['secure-context', 'webrtc']],
  ];
  for (const [secure, pc, media, missing] of table) {
    it(`secure=${secure} RTCPeerConnection=${pc} getUserMedia=${media} → [${missing.join(', ')}]`, () => {
      const env: CapabilityEnv = {
        isSecureContext: secure,
        RTCPeerConnection: pc ? PC : undefined,
        mediaDevices: media ? { getUserMedia: gum } : {},
      };
      expect(missingCapabilities(env)).to.deep.equal(missing);
    });
  }

  it('hostile or odd environments count as missing, never as present', () => {
    expect(missingCapabilities({}), 'nothing at all').to.deep.equal(['secure-context', 'webrtc']);
    expect(missingCapabilities({ isSecureContext: 'true', RTCPeerConnection: PC, mediaDevices: { getUserMedia: gum } }), 'a string is not true').to.deep.equal(['secure-context']);
    expect(missingCapabilities({ isSecureContext: true, RTCPeerConnection: {}, mediaDevices: null }), 'an object is not a constructor; null mediaDevices').to.deep.equal(['webrtc', 'media-devices']);
    expect(missingCapabilities({ isSecureContext: true, RTCPeerConnection: PC, mediaDevices: { getUserMedia: 'yes' } })).to.deep.equal(['media-devices']);
  });
});

describe('readCapabilities', () => {
  it('reads this browser (the answer matches what the page itself sees)', () => {
    const env = readCapabilities();
    expect(env.isSecureContext).to.equal(globalThis.isSecureContext);
    expect(typeof env.RTCPeerConnection).to.equal(typeof (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection);
    expect(typeof env.mediaDevices?.getUserMedia).to.equal(typeof navigator.mediaDevices?.getUserMedia);
  });

  it('a getter that throws (hardened embedded browsers) reads as missing instead of throwing', () => {
    const boom = () => {
      throw new Error('blocked');
    };
    const scope = Object.create(null, {
      isSecureContext: { get: boom },
      RTCPeerConnection: { get: boom },
      navigator: { value: Object.create(null, { mediaDevices: { get: boom } }) },
    }) as typeof globalThis;
    const env = readCapabilities(scope);
    expect(env).to.deep.equal({ isSecureContext: undefined, RTCPeerConnection: undefined, mediaDevices: undefined });
    expect(missingCapabilities(env)).to.deep.equal(['secure-context', 'webrtc']);
    const devicesThrow = Object.create(null, {
      isSecureContext: { value: true },
      RTCPeerConnection: { value: PC },
      navigator: { value: { mediaDevices: Object.create(null, { getUserMedia: { get: boom } }) } },
    }) as typeof globalThis;
    expect(missingCapabilities(readCapabilities(devicesThrow))).to.deep.equal(['media-devices']);
  });
});

describe('capabilitiesFromDetail', () => {
  it('reads back what the join state stored, ignoring anything else', () => {
    expect(capabilitiesFromDetail('webrtc,media-devices')).to.deep.equal(['webrtc', 'media-devices']);
    expect(capabilitiesFromDetail('media-devices,webrtc'), 'fixed order').to.deep.equal(['webrtc', 'media-devices']);
    for (const hostile of [undefined, '', '400/40100', 'webrtc ,x', '<img src=x onerror=alert(1)>', ',,,', 'constructor,__proto__']) {
      expect(capabilitiesFromDetail(hostile), String(hostile)).to.deep.equal([]);
    }
    expect(capabilitiesFromDetail(CAPABILITIES.join(','))).to.deep.equal([...CAPABILITIES]);
  });
});

describe('unsupportedMessage', () => {
  const en = coreEndStringsEn.unsupported;
  it('names each missing capability and what to use instead', () => {
    expect(unsupportedMessage(en, ['webrtc'], list)).to.equal(
      'This browser cannot join Teams meetings: it has no WebRTC calling (RTCPeerConnection). Open this page in a current version of Edge, Chrome, Firefox or Safari.',
    );
    const both = unsupportedMessage(en, ['webrtc', 'media-devices'], list)!;
    expect(both).to.contain('WebRTC calling (RTCPeerConnection) + camera and microphone access (getUserMedia)');
    expect(both).to.contain(en.advice);
  });
  it('an insecure page is told to use https, not another browser (unless WebRTC is missing too)', () => {
    expect(unsupportedMessage(en, ['secure-context'], list)).to.equal(en.insecure);
    const worse = unsupportedMessage(en, ['secure-context', 'webrtc'], list)!;
    expect(worse.startsWith(en.insecure)).to.equal(true);
    expect(worse).to.contain('RTCPeerConnection').and.to.contain(en.advice);
  });
  it('nothing missing → no message', () => {
    expect(unsupportedMessage(en, [], list)).to.equal(null);
  });
  it('French and German have every piece, with the API names kept', () => {
    for (const t of [coreStringsFr.unsupported, coreStringsDe.unsupported]) {
      expect(Object.keys(t).sort()).to.deep.equal(Object.keys(en).sort());
      expect(t.lacks).to.contain('{missing}');
      expect(t.webrtc).to.contain('RTCPeerConnection');
      expect(t['media-devices']).to.contain('getUserMedia');
      expect(t.insecure).to.contain('https://');
    }
  });
});
