/** URL policy for rich chat (src/core/chat-attachments.ts): the chat token only ever goes to the endpoint's origin. */
import { expect } from '@open-wc/testing';
import { fileOpenAllowed, fileTypeLabel, giphyAllowed, imageFetchAllowed } from '../../src/core/chat-attachments.js';

const EP = 'https://contoso.communication.azure.com';

describe('chat attachment URL policy', () => {
  it('images: only the endpoint origin (scheme, host and port), never credentials in the URL', () => {
    expect(imageFetchAllowed(`${EP}/chat/threads/t/images/a/views/original`, EP)).to.equal(true);
    for (const url of [
      'https://evil.example/x.png',
      'https://contoso.communication.azure.com.evil.example/x.png',
      'http://contoso.communication.azure.com/x.png',
      'https://contoso.communication.azure.com:444/x.png',
      'https://user:pw@contoso.communication.azure.com/x.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//evil.example/x.png',
      '',
      undefined,
    ]) {
      expect(imageFetchAllowed(url, EP), String(url)).to.equal(false);
    }
    expect(imageFetchAllowed('https://localhost:5000/i.png', 'https://localhost:5000')).to.equal(true);
    expect(imageFetchAllowed('https://localhost:5001/i.png', 'https://localhost:5000')).to.equal(false);
  });

  it('files: https SharePoint/OneDrive or the endpoint; no javascript:, data:, plain http elsewhere', () => {
    expect(fileOpenAllowed('https://contoso.sharepoint.com/:b:/g/x.pdf', EP)).to.equal(true);
    expect(fileOpenAllowed('https://contoso-my.sharepoint.com/personal/x.docx', EP)).to.equal(true);
    expect(fileOpenAllowed(`${EP}/files/1`, EP)).to.equal(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'http://contoso.sharepoint.com/x', 'https://sharepoint.com.evil.example/x', 'https://evil.example/x.pdf', 'blob:https://x/1', undefined]) {
      expect(fileOpenAllowed(url, EP), String(url)).to.equal(false);
    }
  });

  it('Giphy only from its https media hosts; file types from the extension', () => {
    expect(giphyAllowed('https://media4.giphy.com/media/a/giphy.gif')).to.equal(true);
    expect(giphyAllowed('http://media.giphy.com/a.gif')).to.equal(false);
    expect(giphyAllowed('https://giphy.com.evil.example/a.gif')).to.equal(false);
    expect(fileTypeLabel('Agenda.PDF')).to.equal('PDF');
    expect(fileTypeLabel('noext')).to.equal(undefined);
  });
});
