// oversight — boots GraphiQL on the page served at GET /graphql.
// Kept out of index.html so the page runs under `script-src 'self'`.
// Needs the globals React, ReactDOM (react/react-dom 18.3.1 UMD) and GraphiQL (graphiql 3.8.3 UMD,
// which bundles its own graphql-js), loaded by index.html from /graphiql/assets/.
(function () {
  'use strict';

  var DEFAULT_QUERY = [
    '# oversight — post-license supervision API. Example: enterprises in Nanjing (320100) with their licenses.',
    'query EnterprisesOfNanjing {',
    '  enterprises(first: 10, filter: { regionPrefix: "3201" }) {',
    '    totalCount',
    '    edges { cursor node { id creditCode name region { code name } licenses { number status industry { code nameZh } expiresOn } } }',
    '    pageInfo { hasNextPage endCursor }',
    '  }',
    '}',
    '',
  ].join('\n');

  // Shown in the Headers editor until the user edits it (then the edited value is kept in
  // localStorage, see shouldPersistHeaders). An empty object: sending a placeholder
  // Authorization value would make every request, introspection included, fail with 401.
  var DEFAULT_HEADERS = '{}';

  var root = document.getElementById('graphiql');

  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    root.textContent = 'GraphiQL assets failed to load from /graphiql/assets/.';
    return;
  }

  var fetcher = GraphiQL.createFetcher({
    url: '/graphql',
    // Lower-case key: the toolkit sets its own lower-case "accept", and this overrides it
    // (a capitalised "Accept" would be merged into it by fetch instead).
    headers: { accept: 'application/graphql-response+json, application/json' },
    // The server does not stream incremental (multipart/mixed) responses.
    enableIncrementalDelivery: false,
  });
  // Headers from the Headers editor (e.g. {"Authorization": "Bearer …"}) are merged over
  // these by GraphiQL on every request, introspection included.

  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: DEFAULT_HEADERS,
      shouldPersistHeaders: true,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      storage: GraphiQL.createLocalStorage({ namespace: 'oversight-graphiql' }),
    }),
  );
})();
