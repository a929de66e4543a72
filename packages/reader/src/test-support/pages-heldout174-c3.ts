import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file c3: an Erlang/OTP system documentation guide page (erlang.org/doc, ExDoc with the OTP sidebar). */
const erTitle = 'Selective Receive and Large Mailboxes';
const erLead = [
  'This section describes how the runtime system matches messages in a <code class="inline">receive</code> expression, why a ' +
    'long message queue can make a process slow, and how to write receive expressions that stay fast however many messages ' +
    'are waiting.',
];
const erH1 = 'How receive scans the queue';
const erP1 = [
  'A receive expression looks at the messages in the mailbox from the oldest to the newest and stops at the first one that ' +
    'matches one of its clauses. Messages that do not match stay in the queue, in order, for a later receive.',
  'If a process has ten thousand unmatched messages and waits for a reply that arrives last, each receive walks past all ' +
    'ten thousand before finding it. A server that does this once per request slows down in proportion to its backlog.',
];
const erH2 = 'The reference optimization';
const erP2 = [
  'The compiler recognizes a common pattern: a new reference is created, sent in a request, and then matched in the ' +
    'receive that waits for the reply. Because no message already in the queue can contain a reference that did not exist ' +
    'yet, the runtime can skip every message that arrived before the reference was created.',
  'The optimization applies when all of the following are true:',
];
const erList = [
  'The reference is created with <code class="inline">make_ref/0</code> or <code class="inline">monitor/2</code> in the same function.',
  'Every clause of the receive matches on that reference.',
  'No other receive runs between creating the reference and the receive that uses it.',
];
const erH3 = 'Checking that the optimization applies';
const erP3 = [
  'Compile the module with the <code class="inline">recv_opt_info</code> option. The compiler then prints a note for every ' +
    'receive, saying whether it was optimized and, if not, which condition failed.',
];
const erAdm =
  'The notes are printed as warnings. Add <code class="inline">recv_opt_info</code> only while you investigate, not to the ' + 'options of a production build.';
const erH4 = 'Flushing unexpected messages';
const erP4 = [
  'A process that never receives some kinds of message will keep them forever. Servers built on gen_server are protected, ' +
    'because the behaviour passes every message to a callback. Hand-written receive loops should end with a catch-all clause ' +
    'that logs and drops anything they do not recognize.',
];
const erApps = ['System Documentation', 'Erlang/OTP', 'Installation Guide', 'Efficiency Guide', 'Design Principles', 'Reference Manual'];
const erSide = [
  'Introduction',
  'Common Caveats',
  'Constructing and Matching Binaries',
  'Maps',
  'Processes',
  'Selective Receive and Large Mailboxes',
  'Drivers',
  'Advanced',
];
const erHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><meta name="generator" content="ExDoc v0.37.3"><meta name="project" content="System v28.1.1">
<title>Selective Receive and Large Mailboxes — System v28.1.1</title><link rel="stylesheet" href="dist/html-erlang-7ZJHGL2H.css">
<script defer src="dist/sidebar_items-1B7E90C2.js"></script><script defer src="docs_config.js"></script><script defer src="dist/html-GDA3L4AL.js"></script>
<script defer src="https://www.erlang.org/doc/js/otp-versions.js"></script></head>
<body><div class="body-wrapper"><button id="sidebar-menu" class="sidebar-button sidebar-toggle" aria-label="toggle sidebar" aria-controls="sidebar">
<i class="ri-menu-line ri-lg" title="Collapse/expand sidebar"></i></button>
<nav id="sidebar" class="sidebar"><div class="sidebar-header"><div class="sidebar-projectInfo"><a href="https://www.erlang.org/doc/readme.html"
class="sidebar-projectImage"><img src="assets/logo.png" alt="System"></a><div><a href="https://www.erlang.org/doc/readme.html" class="sidebar-projectName"
translate="no">System</a><div class="sidebar-projectVersion" translate="no"><form autocomplete="off"><label><span class="sr-only">Project version</span>
<select class="sidebar-projectVersionsDropdown"><option value="https://www.erlang.org/doc">v28.1.1</option><option>v27.3.4</option><option>v26.2.5</option>
</select></label></form></div></div></div><ul id="sidebar-list-nav" class="sidebar-list-nav" role="tablist"><li><button id="extras-list-tab-button"
role="tab" aria-selected="true">Pages</button></li></ul></div>
<div id="extras-tab-panel" class="sidebar-tabpanel" role="tabpanel"><ul id="extras-full-list" class="full-list">
${erApps.map((a) => `<li class="group">${a}</li>`).join('')}
${erSide.map((s) => `<li class="${s === erTitle ? 'current-page open' : ''}"><a href="${s.toLowerCase().replace(/\W+/g, '_')}.html">${s}</a></li>`).join('\n')}
</ul></div></nav>
<main class="content page-extra" id="main" data-type="extras"><div id="content" class="content-inner">
<div class="top-search"><div class="search-settings"><form class="search-bar" action="search.html"><label class="search-label">
<span class="sr-only">Search documentation of System</span><input name="q" type="text" class="search-input" placeholder="Press / to search"
autocomplete="off"></label><button type="submit" class="search-button" aria-label="Submit Search" tabindex="-1"><i class="ri-search-2-line ri-lg"
aria-hidden="true" title="Submit search"></i></button></form><div class="autocomplete"></div><button class="icon-settings display-settings">
<i class="ri-settings-3-line"></i><span class="sr-only">Settings</span></button></div></div>
<div id="top-content"><div class="heading-with-actions top-heading"><h1><span>${erTitle}</span></h1>
<a href="https://github.com/erlang/otp/blob/OTP-28.1.1/system/doc/efficiency_guide/receive.md#L1" title="View Source" class="icon-action" rel="help">
<i class="ri-code-s-slash-line" aria-hidden="true"></i><span class="sr-only">View Source</span></a></div>
<!-- %CopyrightBegin% SPDX-License-Identifier: Apache-2.0 Copyright Ericsson AB 2001-2025. All Rights Reserved. %CopyrightEnd% -->
${erLead.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="how-receive-scans-the-queue" class="section-heading"><a href="#how-receive-scans-the-queue" class="hover-link"><i class="ri-link-m"
aria-hidden="true"></i></a><span class="text">${erH1}</span></h2>${erP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="the-reference-optimization" class="section-heading"><a href="#the-reference-optimization" class="hover-link"><i class="ri-link-m"
aria-hidden="true"></i></a><span class="text">${erH2}</span></h2>${erP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${erList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<pre><code class="makeup erlang" translate="no">call(Server, Request) -&gt;
    Ref = make_ref(),
    Server ! {self(), Ref, Request},
    receive {Ref, Reply} -&gt; Reply end.</code></pre>
<h3 id="checking-that-the-optimization-applies" class="section-heading"><a href="#checking-that-the-optimization-applies" class="hover-link">
<i class="ri-link-m" aria-hidden="true"></i></a><span class="text">${erH3}</span></h3><p>${erP3[0]}</p>
<pre><code class="makeup shell" translate="no">$ erlc +recv_opt_info server.erl
server.erl:12: Warning: OPTIMIZED: reference used to mark message queue position</code></pre>
<section class="admonition tip"><p class="admonition-title">Tip</p><p>${erAdm}</p></section>
<h2 id="flushing-unexpected-messages" class="section-heading"><a href="#flushing-unexpected-messages" class="hover-link"><i class="ri-link-m"
aria-hidden="true"></i></a><span class="text">${erH4}</span></h2><p>${erP4[0]}</p></div>
<div class="bottom-actions" id="bottom-actions"><div class="bottom-actions-item"><a href="processes.html" class="bottom-actions-button" rel="prev">
<span class="subheader">← Previous Page</span><span class="title">Processes</span></a></div><div class="bottom-actions-item">
<a href="drivers.html" class="bottom-actions-button" rel="next"><span class="subheader">Next Page →</span><span class="title">Drivers</span></a></div></div>
<footer class="footer"><p><span class="line"><a href="https://www.erlang.org/doc/search.html">Search Erlang/OTP documentation</a>
<a href="system.epub" title="ePub version">Download ePub version</a></span></p><p class="built-using">Built using
<a href="https://github.com/elixir-lang/ex_doc" title="ExDoc" target="_blank" rel="help noopener" translate="no">ExDoc</a> (v0.37.3) for the
<a href="https://erlang.org" title="Erlang" target="_blank" translate="no">Erlang programming language</a></p></footer></div></main></div>
</body></html>`;
export const erlangPage: TestPage = {
  name: 'heldout174-erlang-otp-guide',
  kind: 'docs',
  html: erHtml,
  // the admonition's "Tip" label is furniture, its text body; the sidebar entry that is the page's own title is left out
  title: erTitle,
  headings: [erH1, erH2, erH3, erH4],
  body: texts([...erLead, ...erP1, ...erP2, ...erList, ...erP3, erAdm, ...erP4]),
  bylines: [],
  furniture: [
    'System',
    'Project version',
    'v28.1.1',
    'Pages',
    ...erApps,
    ...erSide.filter((s) => s !== erTitle),
    'Search documentation of System',
    'Settings',
    'View Source',
    'Tip',
    '← Previous Page',
    'Next Page →',
    'Search Erlang/OTP documentation',
    'Download ePub version',
    'Built using ExDoc (v0.37.3) for the Erlang programming language',
  ],
};
