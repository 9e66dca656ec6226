// scaffold's web page: builds the form from /api/archetypes/{id}, validates through /api/preview (the server
// holds every rule and message), explores the rendered tree and downloads /api/generate. No framework, no build.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { meta: null, questions: [], edited: new Set(), timer: null, seq: 0, preview: null };

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({ message: response.statusText }));
  return { ok: response.ok, status: response.status, body };
}

async function start() {
  const { body } = await getJson('/api/archetypes');
  if (body.org !== 'org') $('org').textContent = body.org;
  for (const a of body.archetypes) {
    const option = new Option(`${a.id} (${a.version})`, a.id, a.id === body.default, a.id === body.default);
    $('archetype').add(option);
  }
  state.catalog = body;
  $('archetype').addEventListener('change', () => loadArchetype($('archetype').value));
  $('allow_privileged_port').addEventListener('change', changed);
  $('explore').addEventListener('click', explore);
  $('close-explore').addEventListener('click', () => { $('explorer').hidden = true; $('explore').focus(); });
  $('form').addEventListener('submit', (e) => { e.preventDefault(); generate(); });
  document.querySelectorAll('[data-copy]').forEach((b) => b.addEventListener('click', () => copy(b)));
  await loadArchetype($('archetype').value);
}

async function loadArchetype(id) {
  const { body } = await getJson(`/api/archetypes/${encodeURIComponent(id)}`);
  state.meta = body;
  state.edited = new Set();
  const a = state.catalog.archetypes.find((x) => x.id === id);
  $('archetype-info').textContent = `${a.description}. Version ${a.version}, catalog ${a.catalog || 'built-in'}.`;
  const box = $('questions');
  box.replaceChildren();
  state.questions = body.questions.map((q) => field(q));
  state.questions.forEach((f) => box.append(f.wrap));
  if (!state.questions.find((f) => f.q.id === 'name').input.value) {
    state.questions.find((f) => f.q.id === 'name').input.value = 'demo';
    state.edited.add('name');
  }
  changed();
}

// One form field for a question: text, number, yes/no or a choice, with its help and its error line.
function field(q) {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  wrap.dataset.question = q.id;
  const id = `q-${q.id}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = q.prompt || q.id;
  let input;
  if (q.type === 'choice') {
    input = document.createElement('select');
    q.choices.forEach((c) => input.add(new Option(c, c)));
  } else if (q.type === 'bool') {
    input = document.createElement('select');
    ['true', 'false'].forEach((c) => input.add(new Option(c === 'true' ? 'yes' : 'no', c)));
  } else {
    input = document.createElement('input');
    input.type = 'text';
    if (q.type === 'int') input.inputMode = 'numeric';
    input.spellcheck = false;
    input.autocomplete = 'off';
  }
  input.id = id;
  input.name = q.id;
  const help = document.createElement('p');
  help.className = 'help';
  help.id = `${id}-help`;
  help.textContent = [q.help, q.required ? 'Required.' : ''].filter(Boolean).join(' ');
  const error = document.createElement('p');
  error.className = 'error';
  error.id = `${id}-error`;
  error.setAttribute('role', 'alert');
  input.setAttribute('aria-describedby', `${help.id} ${error.id}`);
  input.addEventListener('input', () => { state.edited.add(q.id); changed(); });
  wrap.append(label, input, help, error);
  return { q, wrap, input, error };
}

// `{id}` in a default follows the other fields until the user edits this one, as `scaffold new` computes it.
function defaultText(q, values) {
  if (q.default === null || q.default === undefined) return '';
  return String(q.default).replace(/\{(\w+)\}/g, (_, ref) => (values[ref] ?? ''));
}

// The same `when` grammar as the CLI: `id == value` or `id != value`, joined by &&.
function holds(when, values) {
  if (!when || !when.trim()) return true;
  return when.split('&&').every((clause) => {
    const m = clause.match(/^\s*(\w+)\s*(==|!=)\s*'?([^']*?)'?\s*$/);
    if (!m) return true;
    return (String(values[m[1]]) === m[3]) === (m[2] === '==');
  });
}

// Walks the questions in order, as the resolver does: shows or hides each, fills defaults, collects answers.
function currentAnswers() {
  const values = {};
  const given = {};
  for (const f of state.questions) {
    const visible = holds(f.q.when, values);
    f.wrap.hidden = !visible;
    if (!visible) continue;
    const fallback = defaultText(f.q, values);
    if (!state.edited.has(f.q.id)) f.input.value = fallback;
    values[f.q.id] = f.input.value;
    if (state.edited.has(f.q.id) && f.input.value !== fallback) given[f.q.id] = f.input.value;
  }
  $('zip-name').textContent = `${values.name || 'project'}.zip`;
  return given;
}

function request(extra) {
  const body = { archetype: state.meta.id, ...currentAnswers(), ...extra };
  if ($('allow_privileged_port').checked) body.allow_privileged_port = true;
  return body;
}

function changed() {
  currentAnswers();
  clearTimeout(state.timer);
  state.timer = setTimeout(validate, 250);
}

async function preview(contents) {
  const seq = ++state.seq;
  const result = await getJson(`/api/preview?contents=${contents}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request({})),
  });
  return seq === state.seq ? result : null;
}

function showErrors(result) {
  state.questions.forEach((f) => { f.error.textContent = ''; f.input.removeAttribute('aria-invalid'); });
  $('form-error').hidden = true;
  if (result.ok) return true;
  const f = state.questions.find((x) => x.q.id === result.body.field && !x.wrap.hidden);
  if (f) {
    f.error.textContent = result.body.message;
    f.input.setAttribute('aria-invalid', 'true');
  } else {
    $('form-error').textContent = result.body.message;
    $('form-error').hidden = false;
  }
  return false;
}

async function validate() {
  const result = await preview(false);
  if (!result) return false;
  if (showErrors(result)) {
    $('command').value = result.body.command;
    $('curl').value = result.body.curl;
    $('zip-name').textContent = `${result.body.name}.zip`;
    if (!$('explorer').hidden) explore();
  }
  return result.ok;
}

async function explore() {
  const result = await preview(true);
  if (!result || !showErrors(result)) return;
  state.preview = result.body;
  const files = result.body.files;
  const bytes = files.reduce((n, f) => n + f.size, 0);
  $('explore-summary').textContent = `${result.body.name}: ${files.length} files, ${bytes} bytes`;
  const tree = $('tree');
  tree.replaceChildren();
  for (const f of files) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = f.path + (f.executable ? ' *' : '');
    button.setAttribute('role', 'option');
    button.addEventListener('click', () => show(f.path));
    item.append(button);
    tree.append(item);
  }
  $('explorer').hidden = false;
  const keep = state.shown && files.find((f) => f.path === state.shown);
  show(keep ? state.shown : (files.find((f) => f.path === 'Dockerfile') || files[0]).path);
}

function show(path) {
  state.shown = path;
  const f = state.preview.files.find((x) => x.path === path);
  $('file').textContent = f.text === null ? `(binary file, ${f.size} bytes)` : f.text;
  $('tree').querySelectorAll('button').forEach((b) => b.setAttribute('aria-selected', String(b.textContent.replace(/ \*$/, '') === path)));
}

async function generate() {
  const response = await fetch('/api/generate', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request({})),
  });
  if (!response.ok) {
    showErrors({ ok: false, body: await response.json() });
    return;
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = (disposition.match(/filename="([^"]+)"/) || [null, 'project.zip'])[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function copy(button) {
  const input = $(button.dataset.copy);
  input.select();
  (navigator.clipboard ? navigator.clipboard.writeText(input.value) : Promise.reject(new Error('no clipboard')))
    .then(() => { button.textContent = 'Copied'; })
    .catch(() => { document.execCommand('copy'); button.textContent = 'Copied'; })
    .finally(() => setTimeout(() => { button.textContent = 'Copy'; }, 1500));
}

start();
