/**
 * Held-out batch 117, file d3: the texts and code of the Hashnode post of file d2.
 */
export const title = 'Debouncing a search box in React without a library';
export const subtitle = 'A fifteen-line custom hook, an AbortController, and a test with fake timers.';
export const p1 = [
  'A search box that queries the server on every keystroke is one of the easiest ways to make a React app feel slow and to run up ' +
    'an API bill. Typing “keyboard” fires eight requests, and the results for “k”, “ke” and “key” can arrive after the results for ' +
    'the full word, leaving the wrong list on screen.',
  'Debouncing fixes both problems: wait until the user stops typing for a moment, then send one request. You do not need a library ' +
    'for it. A small custom hook does the job in about fifteen lines.',
];
export const h1 = 'The hook';
export const p2 = [
  'The idea is to keep the latest value in state, and only copy it into a second, debounced value after a quiet period. Every change ' + 'resets the timer.',
];
export const code1 = `<span class="hljs-keyword">import</span> { useEffect, useState } <span class="hljs-keyword">from</span> <span
class="hljs-string">'react'</span>;

<span class="hljs-keyword">export</span> <span class="hljs-function"><span class="hljs-keyword">function</span> <span
class="hljs-title">useDebouncedValue</span>(<span
class="hljs-params">value, delay = <span class="hljs-number">300</span></span>) </span>{
  <span class="hljs-keyword">const</span> [debounced, setDebounced] = useState(value);

  useEffect(<span class="hljs-function">() =&gt;</span> {
    <span class="hljs-keyword">const</span> id = setTimeout(<span class="hljs-function">() =&gt;</span> setDebounced(value), delay);
    <span class="hljs-keyword">return</span> <span class="hljs-function">() =&gt;</span> clearTimeout(id);
  }, [value, delay]);

  <span class="hljs-keyword">return</span> debounced;
}`;
export const p3 = [
  'The cleanup function is the important part. When <code>value</code> changes before the delay is up, React runs the cleanup from ' +
    'the previous effect, which clears the old timer before a new one starts.',
];
export const h2 = 'Using it in a search component';
export const p4 = [
  'The input stays fully controlled and updates on every keystroke, so typing never feels laggy. Only the fetch depends on the ' + 'debounced value.',
];
export const code2 = `<span class="hljs-keyword">const</span> [query, setQuery] = useState(<span class="hljs-string">''</span>);
<span class="hljs-keyword">const</span> debouncedQuery = useDebouncedValue(query, <span class="hljs-number">300</span>);

useEffect(<span class="hljs-function">() =&gt;</span> {
  <span class="hljs-keyword">if</span> (!debouncedQuery) <span class="hljs-keyword">return</span>;
  search(debouncedQuery).then(setResults);
}, [debouncedQuery]);`;
export const p5 = [
  'I use 300 milliseconds as a starting point. Much shorter and you still fire several requests while people type; much longer and ' +
    'the results start to feel sluggish.',
];
export const h3 = 'Handling out-of-order responses';
export const p6 = [
  'Debouncing reduces the number of requests but does not guarantee they come back in order. If a slow response for an old query ' +
    'lands after a fast one for the new query, you will still show stale results. An <code>AbortController</code> solves this by ' +
    'cancelling the previous request whenever the query changes:',
];
export const code3 = `useEffect(<span class="hljs-function">() =&gt;</span> {
  <span class="hljs-keyword">if</span> (!debouncedQuery) <span class="hljs-keyword">return</span>;
  <span class="hljs-keyword">const</span> controller = <span class="hljs-keyword">new</span> AbortController();
  fetch(<span class="hljs-string">'/api/search?q='</span> + <span class="hljs-built_in">encodeURIComponent</span>(debouncedQuery), { <span
class="hljs-attr">signal</span>: controller.signal })
    .then(<span class="hljs-function">(<span class="hljs-params">res</span>) =&gt;</span> res.json())
    .then(setResults)
    .catch(<span class="hljs-function">(<span class="hljs-params">err</span>) =&gt;</span> {
      <span class="hljs-keyword">if</span> (err.name !== <span class="hljs-string">'AbortError'</span>) setError(err);
    });
  <span class="hljs-keyword">return</span> <span class="hljs-function">() =&gt;</span> controller.abort();
}, [debouncedQuery]);`;
export const p7 = [
  'Aborted requests reject with an <code>AbortError</code>, which is why the catch ignores it. Everything else is a real failure and ' +
    'should be shown to the user.',
];
export const h4 = 'Testing it';
export const p8 = [
  'Fake timers make the hook easy to test. Render it, change the value a few times, advance the clock by less than the delay and ' +
    'check that nothing changed, then advance past the delay and check that only the last value came through.',
  'That is all there is to it. If you need leading-edge calls or a maximum wait, a library like lodash is worth it, but for a search ' +
    'box this hook has covered every case I have needed.',
];
export const nav = ['Home', 'React in practice', 'Newsletter', 'About me'];
export const series = ['Series', 'React in practice', 'Part 3 of 6'];
export const tags = ['React', 'JavaScript', 'hooks', 'Web Development'];
export const sponsor = [
  'Did you find this article valuable?',
  'Support Byte-Sized Notes by becoming a sponsor. Any amount is appreciated!',
  'Sponsor',
  'See recent sponsors',
  'Learn more about Hashnode Sponsors',
];
export const bio = 'Frontend engineer in Lagos. I write short, practical notes about React, TypeScript and the browser.';
export const newsletter = [
  'Subscribe to my newsletter',
  'Read articles from Byte-Sized Notes directly inside your inbox. Subscribe to the newsletter, and don’t miss out.',
  'Subscribe',
];
export const comments = [
  {
    name: 'Tunde Bakare',
    when: 'Mar 5, 2025',
    text: 'Clean. I had been pulling in lodash just for this. The AbortController bit was the missing piece for me.',
  },
  {
    name: 'Ines Moreau',
    when: 'Mar 6, 2025',
    text: 'Worth mentioning useDeferredValue in React 18+ for the rendering side, though it does not help with the network calls.',
  },
];
export const more = [
  ['Stop putting everything in useEffect', 'Most effects I review could be a derived value or an event handler. Here is how to tell.'],
  ['Forms in React without a form library', 'Uncontrolled inputs, FormData and a little validation go a long way.'],
];
export const foot = ['Archive', 'Privacy policy', 'Terms'];
