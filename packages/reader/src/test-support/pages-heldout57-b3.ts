import { links, type TestPage, texts } from './page-kit.js';
import {
  phCode,
  phCrumbs,
  phDesc,
  phErrors,
  phEx,
  phEx1After,
  phFoot,
  phH,
  phKeys,
  phLangs,
  phMenu,
  phModeDefault,
  phModes,
  phNav,
  phNote,
  phNoteHtml,
  phNotes,
  phOut,
  phParams,
  phPurpose,
  phReturn,
  phScreen,
  phSee,
  phTitle,
  phV,
} from './pages-heldout57-b2.js';

/**
 * Held-out batch 57, file b3: the markup and gold of the PHP manual function page whose texts are in file b2.
 */
const phHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <base href="https://www.php.net/manual/en/function.array-partition.php">
  <title>PHP: array_partition - Manual</title>
  <link media="all" rel="stylesheet" type="text/css" href="/cached.php?t=1756715876&amp;f=/fonts/Fira/fira.css">
  <link media="all" rel="stylesheet" type="text/css" href="/cached.php?t=1763041540&amp;f=/styles/theme-base.css">
  <link rel="search" type="application/opensearchdescription+xml" href="https://www.php.net/phpnetimprovedsearch.src" title="Add PHP.net search">
  <script type="text/javascript" src="/cached.php?t=1756715876&amp;f=/js/ext/jquery-3.6.0.min.js" defer></script>
  <script type="text/javascript" src="/cached.php?t=1763041540&amp;f=/js/common.js" defer></script>
  <link rel="canonical" href="https://www.php.net/manual/en/function.array-partition.php">
  <link rel="shorturl" href="https://www.php.net/array-partition">
  <link rel="alternate" href="https://www.php.net/array-partition" hreflang="x-default">
  <meta name="Description" content="${phPurpose}" />
  <meta name="twitter:card" content="summary_large_image" />
  <meta name="twitter:site" content="@official_php" />
  <meta property="og:image" content="https://www.php.net/images/meta-image.png" />
</head>
<body class="docs ">
<nav class="navbar navbar-fixed-top">
  <div class="navbar__inner">
    <a href="/" aria-label="PHP Home" class="navbar__brand"><img src="/images/logos/php-logo-white.svg" aria-hidden="true" width="80" height="40"></a>
    <div id="navbar__offcanvas" tabindex="-1" class="navbar__offcanvas" aria-label="Menu">
      <button id="navbar__close-button" class="navbar__icon-item navbar_icon-item--visually-aligned navbar__close-button">
        <svg xmlns="http://www.w3.org/2000/svg" width="24" viewBox="0 0 24 24" fill="currentColor"><use href="#svg-icon-close" /></svg></button>
      <ul class="navbar__nav">
        ${links(phNav, 'navbar__item')}
        <li class="navbar__item"><a href="/releases/8.5/index.php" class="navbar__link navbar__release">
          <img src="/images/php8/logo_php8_5.svg" alt="PHP 8.5">Released!</a></li>
      </ul>
    </div>
    <div class="navbar__right">
      <form action="/manual-lookup.php" class="navbar__search-form">
        <label for="navbar__search-input" aria-label="Search docs"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" width="24"></svg></label>
        <input type="search" name="pattern" id="navbar__search-input" class="navbar__search-input" placeholder="Search docs" accesskey="s">
        <input type="hidden" name="scope" value="quickref">
      </form>
      <button id="navbar__search-button" class="navbar__icon-item navbar__search-button" aria-label="Search docs"></button>
      <button id="navbar__menu-button" class="navbar__icon-item navbar__menu-button" aria-label="Menu"></button>
    </div>
    <div id="navbar__backdrop" class="navbar__backdrop"></div>
  </div>
  <div id="flash-message"></div>
</nav>
<nav id="trick"><div><dl>
<dt><a href='/manual/en/getting-started.php'>Getting Started</a></dt>
	<dd><a href='/manual/en/introduction.php'>Introduction</a></dd>
	<dd><a href='/manual/en/tutorial.php'>A simple tutorial</a></dd>
<dt><a href='/manual/en/langref.php'>Language Reference</a></dt>
	<dd><a href='/manual/en/language.basic-syntax.php'>Basic syntax</a></dd>
	<dd><a href='/manual/en/language.types.php'>Types</a></dd>
<dt>Keyboard Shortcuts</dt>${phKeys.map((k) => `<dd>${k}</dd>`).join('\n')}
</dl></div></nav>
<div id="goto"><div class="search"><div class="text"></div><div class="results"><ul></ul></div></div></div>
  <div id="breadcrumbs" class="clearfix">
    <div id="breadcrumbs-inner">
      <div class="next"><a href="function.array-pop.php">array_pop »</a></div>
      <div class="prev"><a href="function.array-pad.php">« array_pad</a></div>
      <ul>${phCrumbs.map((c) => `<li><a href='${c.toLowerCase().replace(/ /g, '')}.php'>${c}</a></li>`).join('      ')}</ul>
    </div>
  </div>
<div id="layout" class="clearfix">
  <section id="layout-content">
  <div class="page-tools">
    <div class="change-language">
      <form action="/manual/change.php" method="get" id="changelang" name="changelang">
        <fieldset>
          <label for="changelang-langs">Change language:</label>
          <select onchange="document.changelang.submit()" name="page" id="changelang-langs">
            ${phLangs.map((l, i) => `<option value='${i}/function.array-partition.php'${i === 0 ? ' selected="selected"' : ''}>${l}</option>`).join('\n')}
            <option value='help-translate.php'>Other</option>
          </select>
        </fieldset>
      </form>
    </div>
    <div class="edit-bug">
      <a href="https://github.com/php/doc-base/blob/master/README.md" title="This will take you to our contribution guidelines on GitHub" \
target="_blank" rel="noopener noreferrer">Submit a Pull Request</a>
      <a href="https://github.com/php/doc-en/issues/new?body=From%20manual%20page:%20function.array-partition" title="This will take you to \
GitHub to report a bug" target="_blank" rel="noopener noreferrer">Report a Bug</a>
    </div>
  </div><div id="function.array-partition" class="refentry">
   <div class="refnamediv">
    <h1 class="refname">array_partition</h1>
    <p class="verinfo">(PHP 8 &gt;= 8.5.0)</p><p class="refpurpose"><span class="refname">array_partition</span> — <span \
class="dc-title">${phPurpose}</span></p>
   </div>
   <div class="refsect1 description" id="refsect1-function.array-partition-description">
    <h3 class="title">${phH[0]}</h3>
    <div class="methodsynopsis dc-description"><span class="methodname"><strong>array_partition</strong></span>(<span class="methodparam"><span \
class="type">array</span> <code class="parameter">$array</code></span>, <span class="methodparam"><span class="type">callable</span> <code \
class="parameter">$callback</code></span>, <span class="methodparam"><span class="type">int</span> <code class="parameter">$mode</code><span \
class="initializer"> = 0</span></span>): <span class="type">array</span></div>
${phDesc.map((p) => `    <p class="para rdfs-comment">\n     ${p}\n    </p>`).join('\n')}
   </div>
   <div class="refsect1 parameters" id="refsect1-function.array-partition-parameters">
    <h3 class="title">${phH[1]}</h3>
    <dl>
${phParams
  .map(
    ([n, ps], i) =>
      `     <dt><code class="parameter">${n}</code></dt>\n     <dd>\n${ps.map((p) => `      <p class="para">\n       ${p}\n      </p>`).join('\n')}` +
      (i === 2 ? `\n      <ul class="simplelist">${phModes.map((m) => `<li>${m}</li>`).join('')}</ul>\n      <p class="para">${phModeDefault}</p>` : '') +
      '\n     </dd>',
  )
  .join('\n')}
    </dl>
   </div>
   <div class="refsect1 returnvalues" id="refsect1-function.array-partition-returnvalues">
    <h3 class="title">${phH[2]}</h3>
    <p class="para">\n     ${phReturn}\n    </p>
   </div>
   <div class="refsect1 errors" id="refsect1-function.array-partition-errors">
    <h3 class="title">${phH[3]}</h3>
    <p class="para">\n     ${phErrors}\n    </p>
   </div>
   <div class="refsect1 examples" id="refsect1-function.array-partition-examples">
    <h3 class="title">${phH[4]}</h3>
    <div class="example" id="example-1">
     <p><strong>${phEx[0]}</strong></p>
     ${phCode([
       '&lt;?php',
       `[${phV('$even')}, ${phV('$odd')}] = array_partition([1, 2, 3, 4, 5, 6], fn(${phV('$n')}) =&gt; ${phV('$n')} % 2 === 0);`,
       `print_r(${phV('$even')});`,
       `print_r(${phV('$odd')});`,
     ])}
     ${phScreen([1, 0].flatMap((o) => ['Array', '(', ...[o, o + 2, o + 4].map((k) => `    [${k}] =&gt; ${k + 1}`), ')']))}
     <p class="para">${phEx1After}</p>
    </div>
    <div class="example" id="example-2">
     <p><strong>${phEx[1]}</strong></p>
     ${phCode([
       '&lt;?php',
       `${phV('$config')} = ['db_host' =&gt; 'localhost', 'db_port' =&gt; 5432, 'cache_ttl' =&gt; 300];`,
       `[${phV('$db')}, ${phV('$rest')}] = array_partition(${phV('$config')}, fn(${phV('$k')}) =&gt; ` +
         `str_starts_with(${phV('$k')}, 'db_'), ARRAY_FILTER_USE_KEY);`,
       `var_dump(array_keys(${phV('$rest')}));`,
     ])}
     ${phScreen(['array(1) {', '  [0]=&gt;', '  string(9) "cache_ttl"', '}'])}
    </div>
   </div>
   <div class="refsect1 notes" id="refsect1-function.array-partition-notes">
    <h3 class="title">${phH[5]}</h3>
    <blockquote class="note"><p><strong class="note">Note</strong>: <span class="simpara">\n      ${phNote}\n     </span></p></blockquote>
   </div>
   <div class="refsect1 seealso" id="refsect1-function.array-partition-seealso">
    <h3 class="title">See Also</h3>
    <ul class="simplelist">
${phSee
  .map(
    (t) => `     <li><span class="function"><a href="function.${t.slice(0, t.indexOf('(')).replace('_', '-')}.php" class="function" rel="rdfs-seeAlso">\
${t.slice(0, t.indexOf(' - '))}</a>${t.slice(t.indexOf(' - '))}</span></li>`,
  )
  .join('\n')}
    </ul>
   </div>
  </div>
  <div class="contribute">
    <h3 class="title">Found A Problem?</h3>
    <div>
      <a href="https://github.com/php/doc-base/blob/master/README.md" class="contribute-link" target="_blank">Learn How To Improve This Page</a>
      •
      <a href="https://github.com/php/doc-en/blob/master/reference/array/functions/array-partition.xml">Submit a Pull Request</a>
      •
      <a href="https://github.com/php/doc-en/issues/new?body=From%20manual%20page:%20function.array-partition">Report a Bug</a>
    </div>
  </div>
<section id="usernotes">
 <div class="head">
  <span class="action"><a href="/manual/add-note.php?sect=function.array-partition&amp;repo=en&amp;redirect=https://www.php.net/manual/en/\
function.array-partition.php" class="usernotes-voteu">＋<small>add a note</small></a></span>
  <h3 class="title">User Contributed Notes <span class="count">2 notes</span></h3>
 </div><div id="allnotes">
${phNotes.map(phNoteHtml).join('\n')}
</div>
 <div class="foot"><a href="/manual/add-note.php?sect=function.array-partition&amp;repo=en" class="usernotes-voteu">＋<small>add a note</small></a></div>
</section>
  </section><!-- layout-content -->
<aside class='layout-menu'>
    <ul class='parent-menu-list'>
        <li>
            <a href="ref.array.php">Array Functions</a>
            <ul class='child-menu-list'>
${phMenu.map((f) => `<li class="${f === phTitle ? 'current' : ''}"><a href="function.${f.replace(/_/g, '-')}.php" title="${f}">${f}</a></li>`).join('\n')}
            </ul>
        </li>
    </ul>
</aside>
  </div><!-- layout -->
<footer class="footer">
  <div class="container footer-content">
    <div class="row-fluid">
      <ul class="footmenu">
${phFoot.map((f, i) => `        <li><a href="/${['manual/en/copyright', 'my', 'contact', 'sites', 'privacy'][i]}.php">${f}</a></li>`).join('\n')}
      </ul>
      <div class="divider"></div>
    </div>
  </div>
</footer>
<script type="text/javascript" src="/cached.php?t=1763041540&amp;f=/js/search.js"></script>
</body>
</html>`;
export const phpManualPage: TestPage = {
  html: phHtml,
  name: 'heldout57-php-manual-function',
  kind: 'docs',
  // the refentry's h1 is the title; its h3 sections are the headings but "See Also" (a see-also list: furniture, with its
  // items); the purpose line, the version info "(PHP 8 >= 8.5.0)", description, parameter texts with the mode list, return,
  // errors, the example titles, "The above example will output:" and the note's text ("Note" in neither list) are body; the
  // method synopsis, parameter names (dt) and the example code and outputs are in neither; the user contributed notes are the
  // page's comments: their texts, counts, votes and "add a note" are furniture, their posters and post ages bylines; navbar,
  // hidden shortcuts menu, breadcrumbs, language switcher, page tools, "Found A Problem?", side menu and footer are furniture,
  // less the entries that are words of the body ("Arrays", "Other", array_filter, array_values)
  title: phTitle,
  headings: phH,
  body: [
    phPurpose,
    '(PHP 8 >= 8.5.0)',
    ...texts(phDesc),
    ...texts(phParams.flatMap(([, ps]) => ps)),
    ...texts([...phModes, phModeDefault, phReturn, phErrors]),
    phEx[0],
    phOut,
    ...texts([phEx1After]),
    phEx[1],
    phOut,
    ...texts([phNote]),
  ],
  bylines: phNotes.flatMap(([, user, ago]) => [user, ago]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...phNav, 'Released!', 'Getting Started', 'Introduction', 'A simple tutorial', 'Language Reference', 'Basic syntax', 'Types',
    'Keyboard Shortcuts', ...phKeys, 'array_pop »', '« array_pad', ...phCrumbs.filter((c) => c !== 'Arrays'), 'Change language:', ...phLangs,
    'Submit a Pull Request', 'Report a Bug', 'See Also', ...phSee, 'Found A Problem?', 'Learn How To Improve This Page', 'add a note',
    'User Contributed Notes', '2 notes', ...phNotes.flatMap(([, , , t]) => t),
    ...phMenu.filter((f) => ![phTitle, 'array_filter', 'array_values'].includes(f)), ...phFoot,
  ],
};
