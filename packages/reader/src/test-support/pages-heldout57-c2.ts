import { type TestPage, texts } from './page-kit.js';
import { adFooter, adPage } from './pages-heldout57-c3.js';

/**
 * Held-out batch 57, file c2: an Android Developers reference class page (devsite): the texts, the article markup and the
 * gold; the devsite frame around it (header with tabs, search, language and sign-in, the book nav, breadcrumbs, bookmark
 * tooltip, content footer with "Last updated", the thumb-rating template and the footer link boxes) is in file c3.
 */
const adTitle = 'PowerBudget';
const adLevel = 'Added in API level 36';
const adDesc = [
  'A snapshot of the background power budget that the system has granted to the calling app.',
  'Starting in Android 16, the system gives each app a budget of background execution time that refills over a rolling window. ' +
    'Work started by <a href="/reference/android/app/job/JobScheduler"><code translate="no" dir="ltr">JobScheduler</code></a>, ' +
    'WorkManager and exact alarms, and foreground services started from the background, all draw on the same budget. An app that ' +
    'has used up its budget is not stopped, but new background work is deferred until enough of the window has passed.',
  'Call <a href="/reference/android/os/PowerManager#getPowerBudget()"><code translate="no" dir="ltr">PowerManager.getPowerBudget()</code>' +
    '</a> to obtain the current budget. A <code translate="no" dir="ltr">PowerBudget</code> is immutable: it describes the budget at ' +
    'the moment it was created and is not updated afterwards, so query it again before each decision instead of caching it.',
  'Apps that the user has exempted from battery optimization, and apps that hold a companion device association, always receive ' +
    'a budget in <a href="#STATE_NORMAL"><code translate="no" dir="ltr">STATE_NORMAL</code></a> with no limit; see ' +
    '<a href="#isExempt()"><code translate="no" dir="ltr">isExempt()</code></a>.',
];
const adNote =
  'The size of the budget depends on the app&#39;s standby bucket and may change between platform releases. Do not hard-code ' +
  'assumptions about its length.';
const adH = ['Summary', 'Constants', 'Fields', 'Public methods'] as const;
const c = (s: string): string => `<code translate="no" dir="ltr">${s}</code>`;
/** Constants: name, value, description. */
const adConsts: [string, string, string][] = [
  [
    'STATE_CONSTRAINED',
    '1 (0x00000001)',
    'Budget state: the app has used most of its budget. Background work still runs, but jobs that are not expedited may be delayed.',
  ],
  ['STATE_EXHAUSTED', '2 (0x00000002)', 'Budget state: the budget is used up. New background work is deferred until the window moves on.'],
  ['STATE_NORMAL', '0 (0x00000000)', 'Budget state: the app may run background work freely.'],
];
/** Public methods: name, return type, description, what the Returns table says. */
const adMethods: [string, string, string, string][] = [
  [
    'getRemainingMillis',
    'long',
    'Returns the background execution time left in the current window, in milliseconds.',
    'The remaining budget. Value is 0 or greater',
  ],
  [
    'getState',
    'int',
    'Returns the state of the budget, which summarizes how close the app is to using it up.',
    `One of ${c('STATE_NORMAL')}, ${c('STATE_CONSTRAINED')} or ${c('STATE_EXHAUSTED')}.`,
  ],
  [
    'getWindowEndMillis',
    'long',
    'Returns the time at which the oldest usage counted against the budget leaves the rolling window, in the ' +
      `${c('SystemClock.elapsedRealtime()')} time base. After that time, ${c('getRemainingMillis()')} will be at least as large as it is now.`,
    `A timestamp in the ${c('SystemClock.elapsedRealtime()')} time base.`,
  ],
  [
    'isExempt',
    'boolean',
    `Returns whether the app is exempt from background power budgets. Exempt apps always report ${c('STATE_NORMAL')}, and ` +
      `${c('getRemainingMillis()')} returns ${c('Long.MAX_VALUE')}.`,
    `${c('true')} if the app is exempt.`,
  ],
];
const adObject = ['clone()', 'equals(Object obj)', 'finalize()', 'getClass()', 'hashCode()', 'notify()', 'notifyAll()', 'toString()', 'wait()'];
const adObjectDesc = [
  'Creates and returns a copy of this object.',
  'Indicates whether some other object is "equal to" this one.',
  'Called by the garbage collector on an object when garbage collection determines that there are no more references to the object.',
  'Returns the runtime class of this Object.',
  'Returns a hash code value for the object.',
  'Wakes up a single thread that is waiting on this object&#39;s monitor.',
  'Wakes up all threads that are waiting on this object&#39;s monitor.',
  'Returns a string representation of the object.',
  'Causes the current thread to wait until it is awakened, typically by being notified or interrupted.',
];
const adLevelHtml = `<div class="api-level">Added in <a href="/guide/topics/manifest/uses-sdk-element#ApiLevels">API level 36</a></div>`;
const first = (d: string): string => `${d.split('. ')[0]!.replace(/\.$/, '')}.`;
const adSumRow = (type: string, name: string, desc: string): string =>
  `<tr>\n<td><code>${type}</code></td>\n<td>\n<div><code><a href="#${name}">${name}</a></code></div>\n<p>${first(desc)}</p>\n</td>\n</tr>`;
const adSummary = `<h2 class="api-section" id="summary">${adH[0]}</h2>
<table class="responsive constants" id="constants-summary"><thead><tr><th colspan="100%"><h3>Constants</h3></th></tr></thead><tbody class="list">
${adConsts.map(([n, , d]) => adSumRow('int', n, d)).join('\n')}
</tbody></table>
<table class="responsive inhtable"><tr><th><h3>Inherited constants</h3></th></tr><tr class="api apilevel-"><td><devsite-expandable>
<span class="expand-control">From interface <code><a href="/reference/android/os/Parcelable">android.os.Parcelable</a></code></span>
<div class="devsite-table-wrapper"><table class="responsive"><tr><td><code>int</code></td><td><code>CONTENTS_FILE_DESCRIPTOR</code></td></tr>
<tr><td><code>int</code></td><td><code>PARCELABLE_WRITE_RETURN_VALUE</code></td></tr></table></div></devsite-expandable></td></tr></table>
<table class="responsive properties" id="lfields"><thead><tr><th colspan="100%"><h3>Fields</h3></th></tr></thead><tbody class="list">
<tr><td><code>public static final <a href="/reference/android/os/Parcelable.Creator">Creator</a>&lt;PowerBudget&gt;</code></td>
<td><code><a href="#CREATOR">CREATOR</a></code></td></tr></tbody></table>
<table class="responsive methods" id="pubmethods"><thead><tr><th colspan="100%"><h3>Public methods</h3></th></tr></thead><tbody class="list">
${adMethods.map(([n, t, d]) => adSumRow(t, `${n}()`, d)).join('\n')}
</tbody></table>
<table class="responsive inhtable" id="inhmethods"><tr><th><h3>Inherited methods</h3></th></tr><tr class="api apilevel-"><td><devsite-expandable>
<span class="expand-control">From class <code><a href="/reference/java/lang/Object">java.lang.Object</a></code></span>
<div class="devsite-table-wrapper"><table class="responsive">
${adObject.map((m, i) => `<tr><td><code><a href="/reference/java/lang/Object#${m}">${m}</a></code><p>${adObjectDesc[i]}</p></td></tr>`).join('\n')}
</table></div></devsite-expandable></td></tr></table>`;
const adDetail = (name: string, sig: string, parts: string[]): string =>
  `<div data-version-added="36" class="api apilevel-36">\n<h3 class="api-name" id="${name}">${name.replace(/\(\)$/, '')}</h3>\n` +
  `<div class="api-level"><div>${adLevel.replace('API level 36', '<a href="/guide/topics/manifest/uses-sdk-element#ApiLevels">API level 36</a>')}` +
  `</div></div>\n<pre class="api-signature no-pretty-print">${sig}</pre>\n${parts.join('\n')}\n</div>`;
const adArticle = `<div class="devsite-article-body clearfix
    devsite-no-page-title">
<div id="jd-header">
<div id="api-info-block">${adLevelHtml}
<div class="sum-details-links">Summary: <a href="#constants">Constants</a> | <a href="#inhconstants">Inherited Constants</a> | \
<a href="#lfields">Fields</a> | <a href="#pubmethods">Methods</a> | <a href="#inhmethods">Inherited Methods</a></div></div>
<h1 class="api-title">${adTitle}</h1>
<devsite-select class="kotlin-java-switcher"><select><option value="kotlin">Kotlin</option><option value="java" selected>Java</option></select></devsite-select>
</div>
<p><code class="api-signature">public final class PowerBudget<br>extends <a href="/reference/java/lang/Object">Object</a> implements \
<a href="/reference/android/os/Parcelable">Parcelable</a></code></p>
<table class="jd-inheritance-table"><tr><td colspan="2" class="jd-inheritance-class-cell"><a href="/reference/java/lang/Object">java.lang.Object</a></td></tr>
<tr><td class="jd-inheritance-space">&nbsp;&nbsp;&nbsp;↳</td><td colspan="1" class="jd-inheritance-class-cell">android.os.PowerBudget</td></tr></table>
<hr>
${adDesc.map((p) => `<p>${p}</p>`).join('\n')}
<aside class="note"><strong>Note:</strong> <span>${adNote}</span></aside>
${adSummary}
<h2 class="api-section" id="constants">${adH[1]}</h2>
${adConsts.map(([n, v, d]) => adDetail(n, `public static final int ${n}`, [`<p>${d}</p>`, `<p>Constant Value: ${v}</p>`])).join('\n')}
<h2 class="api-section" id="lfields">${adH[2]}</h2>
${adDetail('CREATOR', 'public static final Creator&lt;PowerBudget&gt; CREATOR', [])}
<h2 class="api-section" id="pubmethods">${adH[3]}</h2>
${adMethods
  .map(([n, t, d, r]) =>
    adDetail(`${n}()`, `public ${t} ${n} ()`, [
      `<p>${d}</p>`,
      `<table class="responsive"><tr><th colspan="2">Returns</th></tr><tr><td><code>${t}</code></td><td>${r}</td></tr></table>`,
    ]),
  )
  .join('\n')}
</div>`;
export const androidReferencePage: TestPage = {
  html: adPage(adArticle),
  name: 'heldout57-android-reference-class',
  kind: 'docs',
  // the api-title h1 is the title; "Summary" and the three detail h2s and the h3 member names are the headings; the "Added in
  // API level 36" lines (one at the top, one per member), the description, the note ("Note:" in neither list), each member's
  // text, its "Constant Value:" line and its Returns text are body; the class signature, inheritance table, member signatures,
  // the Returns tables' "Returns" label and types are in neither; the Summary tables repeat the members' first sentences (in
  // neither list), but their "Inherited constants" / "Inherited methods" parts are a base type's members: furniture; the
  // jump links after "Summary:", the Kotlin / Java switcher and the devsite frame are furniture, less the entries that are
  // words of the body or headings ("Summary:", PowerManager, SystemClock, "Releases", "Android 16"); "Last updated" is the dateline
  title: adTitle,
  headings: [adH[0], adH[1], ...adConsts.map(([n]) => n), adH[2], 'CREATOR', adH[3], ...adMethods.map(([n]) => n)],
  body: [
    adLevel,
    ...texts([...adDesc, adNote]),
    ...adConsts.flatMap(([, v, d]) => [adLevel, d, `Constant Value: ${v}`]),
    adLevel,
    ...adMethods.flatMap(([, , d, r]) => [adLevel, ...texts([d, r])]),
  ],
  bylines: ['Last updated 2025-11-18 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Inherited Constants', 'Inherited Methods', 'Kotlin', 'Java', 'Inherited constants', 'From interface android.os.Parcelable',
    'CONTENTS_FILE_DESCRIPTOR', 'PARCELABLE_WRITE_RETURN_VALUE', 'Inherited methods', 'From class java.lang.Object', ...adObject,
    ...texts(adObjectDesc), ...adFooter,
  ],
};
