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

  var base = GraphiQL.createFetcher({
    url: '/graphql',
    // Lower-case key: the toolkit sets its own lower-case "accept", and this overrides it
    // (a capitalised "Accept" would be merged into it by fetch instead).
    headers: { accept: 'application/graphql-response+json, application/json' },
    // The server does not stream incremental (multipart/mixed) responses.
    enableIncrementalDelivery: false,
  });
  // Headers from the Headers editor (e.g. {"Authorization": "Bearer …"}) are merged over
  // these by GraphiQL on every request, introspection included.

  // A demo server (`oversight demo`) lists its demo roles at ROLES_URL; any other server
  // answers 404 and no picker is shown. The chosen role's token is sent as Authorization
  // unless the Headers editor sets one, which always wins.
  var ROLES_URL = '/graphiql/demo-roles';
  var ROLE_KEY = 'oversight-graphiql:demo-role';

  function fetcherFor(role) {
    if (!role) {
      return base;
    }
    return function (params, options) {
      var headers = Object.assign({}, options && options.headers);
      var named = Object.keys(headers).some(function (name) {
        return name.toLowerCase() === 'authorization';
      });
      if (!named) {
        headers.Authorization = 'Bearer ' + role.token;
      }
      return base(params, Object.assign({}, options, { headers: headers }));
    };
  }

  var reactRoot = ReactDOM.createRoot(root);

  // A new fetcher makes GraphiQL introspect again, so the docs follow the chosen role.
  function render(role) {
    reactRoot.render(
      React.createElement(GraphiQL, {
        fetcher: fetcherFor(role),
        defaultQuery: DEFAULT_QUERY,
        defaultHeaders: DEFAULT_HEADERS,
        shouldPersistHeaders: true,
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: 'headers',
        storage: GraphiQL.createLocalStorage({ namespace: 'oversight-graphiql' }),
      }),
    );
  }

  function showPicker(roles) {
    var bar = document.getElementById('demo-roles');
    var select = document.createElement('select');
    roles.forEach(function (role) {
      var option = document.createElement('option');
      option.value = role.key;
      option.textContent = role.label + ' [' + role.key + ']';
      select.appendChild(option);
    });
    var remembered = window.localStorage.getItem(ROLE_KEY);
    var chosen = roles.filter(function (role) { return role.key === remembered; })[0] || roles[0];
    select.value = chosen.key;
    select.addEventListener('change', function () {
      var role = roles.filter(function (r) { return r.key === select.value; })[0];
      window.localStorage.setItem(ROLE_KEY, role.key);
      render(role);
    });
    var label = document.createElement('label');
    label.textContent = 'Demo role (演示角色): ';
    label.appendChild(select);
    var note = document.createElement('span');
    note.textContent = ' — requests carry this role\u2019s token unless the Headers editor sets Authorization.';
    bar.appendChild(label);
    bar.appendChild(note);
    bar.hidden = false;
    return chosen;
  }

  window
    .fetch(ROLES_URL, { headers: { accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (roles) {
      render(Array.isArray(roles) && roles.length > 0 ? showPicker(roles) : null);
    });
})();
