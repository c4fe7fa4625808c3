import { BODY_ENDPOINTS, describeHostileCorpus, formEncoded } from './hostile-corpus';
import type { HostileRow } from './hostile-corpus';

const BOUNDARY = 'hostile-boundary';
const multipart = (body: object) =>
  Object.entries(body)
    .map(
      ([key, value]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`,
    )
    .join('') + `--${BOUNDARY}--\r\n`;

/**
 * Only application/json is read: a body of any other type is refused (415) before anything
 * parses it, on every endpoint, with or without a token, however large.
 */
const rows: HostileRow[] = BODY_ENDPOINTS.flatMap(({ path, as, body }): HostileRow[] => [
  {
    name: `${path}: a form-encoded body is not parsed`,
    path,
    as,
    contentType: 'application/x-www-form-urlencoded',
    body: formEncoded(body),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: a 200 kB form body without a token is a 415, not a 500`,
    path,
    as: 'nobody',
    contentType: 'application/x-www-form-urlencoded',
    body: `a[b][c]=${'x'.repeat(200_000)}`,
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: JSON sent as text/plain`,
    path,
    as,
    contentType: 'text/plain',
    body: JSON.stringify(body),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: an XML body`,
    path,
    as,
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><command><reason>同意</reason></command>',
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: a multipart body`,
    path,
    as,
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart(body),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: an empty body that claims text/plain`,
    path,
    as,
    contentType: 'text/plain',
    body: '',
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: a JSON body without any Content-Type`,
    path,
    as,
    body,
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: `${path}: JSON in another charset`,
    path,
    as,
    contentType: 'application/json; charset=iso-8859-1',
    body,
    status: 415,
    type: 'unsupported-media-type',
  },
]);

describeHostileCorpus('bodies of any type but JSON', rows);
