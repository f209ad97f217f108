// Real clients against a live Quotegraph (QUOTEGRAPH_URL, default http://localhost:8080) that holds the sample
// articles: Apollo Client runs the mission query, an automatic-persisted-query round trip over GET, and a
// graphql-ws subscription sees an article imported with QUOTEGRAPH_API_TOKEN.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';

import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';


const base = process.env.QUOTEGRAPH_URL ?? 'http://localhost:8080';
const token = process.env.QUOTEGRAPH_API_TOKEN ?? '';
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const MISSION = gql`
  query Mission {
    quotes(filter: {speakerNames: ["Luqman Ahmi", "Fadi Al-Shammari"]}, first: 50) {
      totalCount
      edges { node { id text speaker { name } paragraph { position } context { position } } }
    }
  }`;

test('mission query through Apollo Client', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: `${base}/graphql` }), cache: new InMemoryCache() });
  const { data } = await client.query({ query: MISSION });
  assert.equal(data.quotes.totalCount, 10);
  const names = new Set(data.quotes.edges.map((edge) => edge.node.speaker.name));
  assert.deepEqual([...names].sort(), ['Fadi Al-Shammari', 'Luqman Ahmi']);
});

test('automatic persisted queries: hash only, not found, full document, hash only again', async () => {
  const seen = [];
  const recordingFetch = async (uri, options) => {
    const response = await fetch(uri, options);
    const body = await response.clone().text();
    seen.push({ method: options.method ?? 'GET', hashOnly: !String(uri).includes('query=') && !(options.body ?? '').includes('"query"'),
      notFound: body.includes('PersistedQueryNotFound') });
    return response;
  };
  const unique = gql`query Apq${Date.now()} { speakers(first: 2) { totalCount edges { node { name } } } }`;
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: true })
    .concat(new HttpLink({ uri: `${base}/graphql`, fetch: recordingFetch }));
  const first = new ApolloClient({ link, cache: new InMemoryCache() });
  const one = await first.query({ query: unique });
  assert.ok(one.data.speakers.totalCount > 0);
  assert.deepEqual(seen.map((r) => [r.hashOnly, r.notFound]), [[true, true], [false, false]]);
  seen.length = 0;
  const second = new ApolloClient({ link, cache: new InMemoryCache() });
  const two = await second.query({ query: unique });
  assert.deepEqual(two.data, one.data);
  assert.deepEqual(seen.map((r) => [r.method, r.hashOnly, r.notFound]), [['GET', true, false]]);
});

test('subscription over graphql-ws sees an imported quote', async () => {
  assert.ok(token, 'QUOTEGRAPH_API_TOKEN is needed to import');
  const ws = createClient({ url: base.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, lazy: false });
  const received = new Promise((resolve, reject) => {
    ws.subscribe({ query: 'subscription { quoteAdded(speakerNames: ["Brannigan"]) { text speaker { name } } }' },
      { next: (message) => resolve(message), error: reject, complete: () => {} });
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const stamp = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($text: String!) { importArticle(input: {text: $text}) { quoteCount } }',
      variables: { text: `Ferry Report ${stamp}\n\nTomas Brannigan said that ferry ${stamp} would sail at dawn.` },
    }),
  });
  const imported = await response.json();
  assert.equal(imported.data.importArticle.quoteCount, 1, JSON.stringify(imported));
  const message = await Promise.race([received,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no event within 20 s')), 20000))]);
  assert.equal(message.data.quoteAdded.speaker.name, 'Tomas Brannigan');
  assert.match(message.data.quoteAdded.text, new RegExp(String(stamp)));
  await ws.dispose();
});
