import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 14, file c: a bill page on congress.gov (legislation header with the Congress span in the h1, overview
 * table with sponsor, committees, latest action and status tracker, tabs "Summary | Text | Actions | ...", "Summary:
 * H.R.xxxx — 118th Congress", version picker and "Shown Here: Introduced in House", the CRS summary as the article) and an
 * mdBook chapter (numbered chapter sidebar, menu bar with theme popup, search and print buttons, the book title in an h1 of
 * the menu bar, the chapter with code blocks, icon-only previous/next chapter arrows).
 */
const cgTitle = 'H.R.2317 - Small Water Systems Resilience Act of 2023';
const cgLead = [
  '<strong>Small Water Systems Resilience Act of 2023</strong>',
  'This bill requires the Environmental Protection Agency (EPA) to establish a program to award grants to small community water systems to ' +
    'improve their resilience to extreme weather, cyberattacks, and other hazards.',
  'Specifically, the EPA must award grants to eligible systems that serve fewer than 10,000 people for projects that',
];
const cgUses = [
  'relocate, elevate, or floodproof treatment facilities, pumps, and other critical infrastructure;',
  'install backup power generation or on-site energy storage;',
  'interconnect with a neighboring water system to provide an emergency supply; or',
  'assess and reduce vulnerabilities in the computer systems that control treatment and distribution.',
];
const cgRest = [
  'In awarding grants, the EPA must give priority to systems that (1) serve disadvantaged communities, (2) have experienced a service ' +
    'interruption lasting more than 72 hours in the previous five years, or (3) are located in areas that the Federal Emergency Management ' +
    'Agency has designated as having a high risk of flooding.',
  'The federal share of a project’s cost may not exceed 80%, except that the EPA may waive the nonfederal share for a system that serves a ' +
    'disadvantaged community.',
  'The bill also requires the EPA to provide technical assistance to small systems in preparing grant applications and in developing or ' +
    'updating the risk and resilience assessments and emergency response plans required under the Safe Drinking Water Act.',
  'Further, the EPA must report to Congress, within two years of the bill’s enactment and every two years thereafter, on the projects funded ' +
    'under the program, including the number of people served by each grantee and any service interruptions the projects prevented or shortened.',
  'The bill authorizes appropriations of $150 million for each of FY2024-FY2028 for the program, of which not more than 5% may be used for ' +
    'technical assistance.',
];
const cgMenu = ['Legislation', 'Congressional Record', 'Committees', 'Members'];
const cgTabs = ['Text (1)', 'Actions (3)', 'Titles (2)', 'Amendments (0)', 'Cosponsors (11)', 'Committees (1)', 'Related Bills (1)'];
const cgTrack = ['Introduced', 'Passed House', 'Passed Senate', 'To President', 'Became Law'];
const cgTools = ['Listen to this page', 'Subscribe', 'Share/Save', 'Give Feedback'];
const cgFoot = ['About', 'Contact', 'Help', 'Accessibility', 'Privacy', 'Viewers & Players', 'USA.gov', 'Library of Congress'];
const cgLatest = 'House - 04/19/2023 Referred to the Subcommittee on Environment, Manufacturing, and Critical Materials.';
const cgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cgTitle} | Congress.gov | Library of Congress</title>
<meta name="description" content="Summary of H.R.2317 - 118th Congress (2023-2024): Small Water Systems Resilience Act of 2023">
<meta name="dc.title" content="${cgTitle}"><meta property="og:site_name" content="Congress.gov"><meta name="twitter:site" content="@congressdotgov">
<link rel="canonical" href="https://www.congress.example/bill/118th-congress/house-bill/2317">
<script>var dataLayer = [{"congress":"118","billType":"H.R.","billNumber":"2317","tab":"summary"}];</script>
<style>.hide_fromsighted{position:absolute;left:-9999px}.tracker .selected{font-weight:700}</style></head>
<body class="legislation"><div id="container"><a class="skip" href="#main">Skip to main content</a>
<noscript><div class="alert">Alert: For a better experience on Congress.gov, please enable JavaScript in your browser.</div></noscript>
<header class="header" id="header"><div class="logo"><a href="/">Congress.gov</a></div><nav id="menu" aria-label="Main"><ul>${links(cgMenu)}</ul></nav>
<div class="search-wrapper"><form action="/search"><select aria-label="Search scope"><option>Current Congress</option><option>All Congresses</option></select>
<input type="text" aria-label="Search" placeholder="Examples: hr5, sres9, &quot;health care&quot;"><button type="submit">Search</button></form></div></header>
<main id="main" class="content" role="main"><div class="featured"><h1 class="legDetail">${cgTitle}<span>118th Congress (2023-2024)</span></h1>
<div class="tertiary"><span class="bill-status">Bill</span></div><div class="cdg-toolbar"><ul>${links(cgTools, 'cdg-toolbar__item')}</ul></div></div>
<p class="hide_fromsighted">Hide Overview</p><div class="overview_wrapper bill"><div class="overview"><table class="standard01"><tbody>
<tr><th scope="row">Sponsor:</th><td><a href="/member/teresa-okafor-lind/O000291" target="_blank">Rep. Okafor-Lind, Teresa [D-MN-8]</a>
(Introduced 04/18/2023)</td></tr>
<tr><th scope="row">Committees:</th><td>House - Energy and Commerce</td></tr>
<tr><th scope="row">Latest Action:</th><td>${cgLatest} (<a href="/bill/118th-congress/house-bill/2317/all-actions">All Actions</a>)</td></tr>
<tr><th scope="row">Tracker:</th><td><ol class="bill_progress">
${cgTrack.map((t, i) => `<li${i === 0 ? ' class="selected"' : ''}>${t}</li>`).join('\n')}
</ol></td></tr></tbody></table></div>
<div class="overview-more"><h3>More on This Bill</h3><p><a href="#cbo">CBO Cost Estimates [0]</a></p><h3>Subject — Policy Area:</h3>
<p>Environmental Protection</p><p><a href="#subjects">View subjects</a></p></div></div>
<nav id="tabs_links" class="tabs_links" aria-label="Bill tabs"><ul><li class="selected"><h2>Summary (1)</h2></li>
${cgTabs.map((t) => `<li><a href="/bill/118th-congress/house-bill/2317/${t.split(' ')[0]!.toLowerCase()}">${t}</a></li>`).join('\n')}
<li><a href="/bill/118th-congress/house-bill/2317/all-info">All Information (Except Text)</a></li></ul></nav>
<div id="tabSummary" class="tabs_container bill-only"><h2 class="summary-header">Summary: H.R.2317 — 118th Congress (2023-2024)</h2>
<div class="summary-toolbar"><p>There is one summary for H.R.2317.</p><label for="summary-version" class="hide_fromsighted">Bill summaries are authored by CRS.
</label><select id="summary-version"><option selected>Introduced in House (04/18/2023)</option></select></div>
<div id="bill-summary"><h3 class="currentVersion"><span>Shown Here:</span><br>Introduced in House (04/18/2023)</h3>
${ps(cgLead.slice(0, 1))}
${ps(cgLead.slice(1))}
<ul>${cgUses.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(cgRest)}
</div></div></main>
<footer id="footer"><div class="footer-links"><ul>${links(cgFoot)}</ul></div><p class="footer-loc">Congress.gov is the official website for U.S.
federal legislative information.</p></footer></div>
<script src="/js/legislation.js"></script>
</body></html>`;
const congress: TestPage = {
  html: cgHtml,
  name: 'heldout14-congress-bill-summary',
  kind: 'docs',
  // hard calls: the CRS summary is the article: its bolded short-title line, the lead-in sentence of the list and the list
  // items are body; the sponsor, "(Introduced ...)" and the version shown ("Introduced in House ...") are bylines (who and
  // when), everything else in the overview table, the tracker, the tabs, "Summary: H.R.2317 — ..." header (a tab label,
  // not a section heading: the summary has none) and "Shown Here:" are furniture; the Congress span inside the h1 is furniture
  title: cgTitle,
  headings: [],
  body: [...texts(cgLead), ...texts(cgUses), ...texts(cgRest)],
  bylines: ['Rep. Okafor-Lind, Teresa [D-MN-8]', '(Introduced 04/18/2023)', 'Introduced in House (04/18/2023)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Congress.gov', ...cgMenu, 'Current Congress', 'All Congresses', 'Search',
    '118th Congress (2023-2024)', 'Bill', ...cgTools, 'Hide Overview', 'Sponsor:', 'Committees:', 'House - Energy and Commerce', 'Latest Action:', cgLatest,
    'All Actions', 'Tracker:', ...cgTrack, 'More on This Bill', 'CBO Cost Estimates [0]', 'Subject — Policy Area:', 'Environmental Protection',
    'View subjects', 'Summary (1)', ...cgTabs, 'All Information (Except Text)', 'Summary: H.R.2317 — 118th Congress (2023-2024)',
    'There is one summary for H.R.2317.', 'Shown Here:', ...cgFoot, 'Congress.gov is the official website for U.S. federal legislative information.',
  ],
};

const mdTitle = 'Recovering from Errors';
const mdIntro = [
  'The parser from Chapter 4 gives up at the first mistake. That is fine for a configuration file that is either right or wrong, but it is a ' +
    'poor experience in an editor, where the file is broken most of the time because someone is in the middle of typing it. A user who ' +
    'forgets one closing brace should not see a single error and an empty outline.',
  'In this chapter we teach the parser to report an error, skip a little input, and carry on. The technique is called <em>panic-mode ' +
    'recovery</em>, and despite the name it is the calmest approach there is.',
];
const mdSync = [
  'The idea is to pick a small set of tokens that reliably mark the start or end of a construct. In our language a statement ends with a ' +
    'semicolon, and items begin with the keywords <code>fn</code>, <code>struct</code> and <code>let</code>. When the parser hits something it ' +
    'cannot make sense of, it records a diagnostic and then discards tokens until it reaches one of these points.',
];
const mdSync2 = [
  'Notice that <code>synchronize</code> never reports anything itself. Its only job is to move the cursor to a place where parsing can ' +
    'sensibly resume. Keeping reporting and recovery apart makes both of them easier to test.',
];
const mdWhere = [
  'Recovery belongs at the level of the grammar that owns the synchronization token. Statements end at semicolons, so the statement parser is ' +
    'where we catch the error and call <code>synchronize</code>. An expression parser deep inside a statement should simply return the error ' +
    'and let it bubble up.',
];
const mdWhere2 = [
  'Returning <code>None</code> means the statement is dropped from the tree. In Chapter 4 that would have been a problem, because later passes ' +
    'assumed every statement was present. We will fix that properly in the next chapter with error nodes; for now, dropping the statement is ' +
    'enough to keep going.',
];
const mdCascade = [
  'A naive recovery loop often produces a flood of follow-on errors: the parser resumes in a slightly wrong place, trips again, and reports a ' +
    'second problem that is really the first one. Two small rules remove most of them.',
];
const mdRules = [
  'Only report an error if the parser has consumed at least one token since the last report.',
  'Never report an unexpected end of file more than once.',
];
const mdEnd = [
  'With these rules in place, a file with one missing brace produces one message pointing at the brace, which is exactly what a person ' +
    'in an editor wants to see.',
];
const mdCode1 = `<pre><code class="language-rust">fn synchronize(&amp;mut self) {
    while !self.at_end() {
        if self.previous().kind == TokenKind::Semicolon {
            return;
        }
        match self.peek().kind {
            TokenKind::Fn | TokenKind::Struct | TokenKind::Let =&gt; return,
            _ =&gt; { self.advance(); }
        }
    }
}</code></pre>`;
const mdCode2 = `<pre><code class="language-rust">fn statement(&amp;mut self) -&gt; Option&lt;Stmt&gt; {
    match self.statement_inner() {
        Ok(stmt) =&gt; Some(stmt),
        Err(diag) =&gt; {
            self.diagnostics.push(diag);
            self.synchronize();
            None
        }
    }
}</code></pre>`;
const mdChapters: [string, string][] = [
  ['1.', 'Getting Started'],
  ['2.', 'Tokens and Spans'],
  ['3.', 'A Recursive Descent Parser'],
  ['3.1.', 'Expressions'],
  ['3.2.', 'Precedence Climbing'],
  ['4.', 'Building the Syntax Tree'],
  ['5.', 'Reporting Errors'],
  ['5.1.', 'Diagnostics with Spans'],
  ['5.2.', mdTitle],
  ['6.', 'Testing the Parser'],
];
const mdThemes = ['Light', 'Rust', 'Coal', 'Navy', 'Ayu'];
const mdId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const mdH2 = (t: string): string => `<h2 id="${mdId(t)}"><a class="header" href="#${mdId(t)}">${t}</a></h2>`;
const mdHtml = `<!DOCTYPE HTML>
<html lang="en" class="light sidebar-visible" dir="ltr"><head><meta charset="UTF-8"><title>${mdTitle} - Parsing by Hand</title>
<meta name="description" content="Writing a hand-made parser in Rust, one chapter at a time">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#ffffff"><link rel="icon" href="favicon.svg"><link rel="stylesheet" href="css/variables.css">
<link rel="stylesheet" href="css/general.css"><link rel="stylesheet" href="css/chrome.css"><link rel="stylesheet" href="FontAwesome/css/font-awesome.css">
<script>var path_to_root = ""; var default_theme = window.matchMedia("(prefers-color-scheme: dark)").matches ? "navy" : "light";</script></head>
<body class="sidebar-visible no-js"><div id="body-container">
<script>try { var theme = localStorage.getItem('mdbook-theme'); } catch (e) { } if (theme === null || theme === undefined) { theme = default_theme; }</script>
<input type="checkbox" id="sidebar-toggle-anchor" class="hidden">
<nav id="sidebar" class="sidebar" aria-label="Table of contents"><div class="sidebar-scrollbox"><ol class="chapter">
<li class="chapter-item expanded affix "><a href="introduction.html">Introduction</a></li>
${mdChapters
  .map(
    ([n, t]) => `<li class="chapter-item expanded "><a href="ch.html"${t === mdTitle ? ' class="active"' : ''}>
<strong aria-hidden="true">${n}</strong> ${t}</a></li>`,
  )
  .join('\n')}
<li class="chapter-item expanded affix "><a href="appendix-grammar.html">Appendix: Grammar Reference</a></li>
</ol></div><div id="sidebar-resize-handle" class="sidebar-resize-handle"><div class="sidebar-resize-indicator"></div></div></nav>
<div id="page-wrapper" class="page-wrapper"><div class="page"><div id="menu-bar-hover-placeholder"></div>
<div id="menu-bar" class="menu-bar sticky"><div class="left-buttons"><label id="sidebar-toggle" class="icon-button" for="sidebar-toggle-anchor"
title="Toggle Table of Contents" aria-label="Toggle Table of Contents" aria-controls="sidebar"><i class="fa fa-bars"></i></label>
<button id="theme-toggle" class="icon-button" type="button" title="Change theme" aria-label="Change theme" aria-haspopup="true" aria-expanded="false"
aria-controls="theme-list"><i class="fa fa-paint-brush"></i></button><ul id="theme-list" class="theme-popup" aria-label="Themes" role="menu">
${mdThemes.map((t) => `<li role="none"><button role="menuitem" class="theme" id="${t.toLowerCase()}">${t}</button></li>`).join('\n')}
</ul><button id="search-toggle" class="icon-button" type="button" title="Search. (Shortkey: s)" aria-label="Toggle Searchbar" aria-expanded="false"
aria-keyshortcuts="S" aria-controls="searchbar"><i class="fa fa-search"></i></button></div>
<h1 class="menu-title">Parsing by Hand</h1>
<div class="right-buttons"><a href="print.html" title="Print this book" aria-label="Print this book"><i id="print-button" class="fa fa-print"></i></a>
<a href="https://github.example/ilse-brandt/parsing-by-hand" title="Git repository" aria-label="Git repository"><i id="git-repository-button"
class="fa fa-github"></i></a></div></div>
<div id="search-wrapper" class="hidden"><form id="searchbar-outer" class="searchbar-outer"><input type="search" id="searchbar" name="searchbar"
placeholder="Search this book ..." aria-controls="searchresults-outer" aria-describedby="searchresults-header"></form>
<div id="searchresults-outer" class="searchresults-outer hidden"><div id="searchresults-header" class="searchresults-header"></div><ul id="searchresults">
</ul></div></div>
<script>document.getElementById('sidebar-toggle').setAttribute('aria-expanded', sidebar === 'visible');</script>
<div id="content" class="content"><main>
<h1 id="${mdId(mdTitle)}"><a class="header" href="#${mdId(mdTitle)}">${mdTitle}</a></h1>
${ps(mdIntro)}
${mdH2('Synchronization points')}
${ps(mdSync)}
${mdCode1}
${ps(mdSync2)}
${mdH2('Where to recover')}
${ps(mdWhere)}
${mdCode2}
${ps(mdWhere2)}
${mdH2('Avoiding error cascades')}
${ps(mdCascade)}
<ul>
${mdRules.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(mdEnd)}
</main><nav class="nav-wrapper" aria-label="Page navigation"><a rel="prev" href="ch05-01-diagnostics.html" class="mobile-nav-chapters previous"
title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="ch06-00-testing.html" class="mobile-nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
<i class="fa fa-angle-right"></i></a><div style="clear: both"></div></nav></div></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation"><a rel="prev" href="ch05-01-diagnostics.html" class="nav-chapters previous"
title="Previous chapter" aria-label="Previous chapter" aria-keyshortcuts="Left"><i class="fa fa-angle-left"></i></a><a rel="next prefetch"
href="ch06-00-testing.html" class="nav-chapters next" title="Next chapter" aria-label="Next chapter" aria-keyshortcuts="Right">
<i class="fa fa-angle-right"></i></a></nav></div>
<script src="elasticlunr.min.js"></script><script src="mark.min.js"></script><script src="searcher.js"></script>
<script src="clipboard.min.js"></script><script src="highlight.js"></script><script src="book.js"></script></div>
</body></html>`;
const mdbook: TestPage = {
  html: mdHtml,
  name: 'heldout14-mdbook-chapter',
  kind: 'docs',
  // hard calls: the chapter's own h1 is the title and the book title in the menu bar's h1 ("Parsing by Hand") is furniture;
  // the sidebar entries (numbered, so not word-for-word repeats of the headings) and the theme popup's buttons are
  // furniture; the code blocks are in neither list; the previous/next arrows are icons with no text
  title: mdTitle,
  headings: ['Synchronization points', 'Where to recover', 'Avoiding error cascades'],
  body: [
    ...texts(mdIntro),
    ...texts(mdSync),
    ...texts(mdSync2),
    ...texts(mdWhere),
    ...texts(mdWhere2),
    ...texts(mdCascade),
    ...texts(mdRules),
    ...texts(mdEnd),
  ],
  bylines: [],
  furniture: ['Introduction', ...mdChapters.map(([n, t]) => `${n} ${t}`), 'Appendix: Grammar Reference', ...mdThemes, 'Parsing by Hand'],
};

export const HELDOUT14_C: readonly TestPage[] = [congress, mdbook];
