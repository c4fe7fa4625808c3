import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  body: string;
}

export interface HttpClient {
  send(method: string, path: string, auth?: string, body?: object): Promise<Reply>;
  close(): void;
}

/** Plain node:http with one keep-alive agent: the cheapest client, so the server is measured. */
export function httpClient(baseUrl: string, sockets: number): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const base = new URL(baseUrl);
  const send = (method: string, path: string, auth?: string, body?: object): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const payload = body ? JSON.stringify(body) : undefined;
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: {
            ...(auth ? { authorization: auth } : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { send, close: () => agent.destroy() };
}
