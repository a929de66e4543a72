import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';

/**
 * Held-out batch 373, file b2: an IETF datatracker page for an individual Internet-Draft, a data page whose main text is
 * short (Bootstrap navbar with the Groups / Documents / Meetings / Other / User menus, the document tabs, the metadata table
 * with its Document / Stream / IESG rows, the action buttons, the htmlized draft text and the datatracker footer).
 */
const dTitle = 'Contact Expiry Dates in Registration Data Responses';
const dAbstract = [
  j(
    'This document defines a member for registration data responses that states when a contact’s details were last confirmed',
    'and when they will expire, so that clients can tell stale contact information from current information.',
  ),
];
const dIntro = [
  j(
    'Registries are asked to verify registrant contact details every year, yet a response gives no hint of when that last',
    'happened. Abuse desks, in particular, waste effort writing to addresses that the registrant abandoned long ago and that',
    'nobody has checked since.',
  ),
  j(
    'Both dates already exist in most registry databases. This draft only standardises how they are returned, which makes the',
    'change cheap for servers and optional for clients.',
  ),
];
const dMember = ['Each entity object that represents a contact MAY carry a "contactValidity" member with two fields:'];
const dItems = [
  '"confirmed": the date and time at which the contact details were last verified by the sponsoring registrar;',
  '"expires": the date and time after which the registrar is required to verify the details again.',
];
const dAfter = ['A server that does not know either date MUST omit the whole member rather than return an empty or invented value.'];
const dNav = ['Groups', 'Documents', 'Meetings', 'Other', 'User', 'Sign in'];
const dTabs = ['Status', 'Email expansions', 'History'];
const dButtons = ['Email authors', 'IPR', 'References', 'Referenced by', 'Nits', 'Search email archive'];
const dFoot = ['About IETF Datatracker', 'Version 12.41.2', 'Report a bug: GitHub', 'Mailing list', 'System status', 'Privacy statement'];
const row = (th: string, td: string, group = ''): string =>
  `<tr><th scope="row">${group}</th><th scope="row">${th}</th><td class="edit"></td><td>${td}</td></tr>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>draft-marsh-regext-contact-expiry-01</title><meta name="description" content="${dTitle} (Internet-Draft, 2026)">
<link rel="stylesheet" href="https://static.ietf.org/dt/12.41.2/ietf/css/ietf.css"><link rel="alternate" type="application/atom+xml"
title="Document changes" href="/feed/document-changes/draft-marsh-regext-contact-expiry/">
<script src="https://static.ietf.org/dt/12.41.2/ietf/js/ietf.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","name":"${dTitle}",
"author":[{"@type":"Person","name":"Hollis Marsh"},{"@type":"Person","name":"Priya Venkataraman"}],"datePublished":"2026-02-19"}</script></head>
<body class="navbar-offset position-relative" data-group-menu-data-url="/group/groupmenu.json">
<nav class="navbar navbar-expand-lg fixed-top navbar-dark bg-secondary" id="navbar-main"><div class="container-fluid">
<a class="navbar-brand" href="/"><img alt="IETF Logo" src="https://static.ietf.org/dt/12.41.2/ietf/images/ietf-logo-nor-white.svg"> Datatracker</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbar-collapse" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbar-collapse">
<ul class="nav navbar-nav">${links(dNav, 'nav-item dropdown')}</ul>
<form class="form-inline ms-auto" action="/doc/search"><input class="form-control form-control-sm" type="search" name="name"
placeholder="Document search" aria-label="Document search"></form></div></div></nav>
<div class="pt-3 container-fluid"><div class="row"><div class="col mx-lg-3" id="content">
<div id="timeline" class="timeline-empty"></div>
<h1 class="mb-0">${dTitle}<br><small class="text-body-secondary">draft-marsh-regext-contact-expiry-01</small></h1>
<ul class="nav nav-tabs my-3" role="tablist">${dTabs.map((t) => `<li class="nav-item"><a class="nav-link" href="#">${t}</a></li>`).join('\n')}</ul>
<table class="table table-sm table-borderless" id="metatable"><tbody class="meta border-top">
${row('Document type', 'Active Internet-Draft (individual)', 'Document')}
${row('Authors', '<a href="/person/hollis@marsh.example">Hollis Marsh</a> , <a href="/person/priya@venk.example">Priya Venkataraman</a>')}
${row('Last updated', '2026-02-19')}
${row('RFC stream', '(None)')}
${row('Intended RFC status', '(None)')}
${row('Formats', '<a href="#">txt</a> <a href="#">html</a> <a href="#">xml</a> <a href="#">htmlized</a> <a href="#">bibtex</a>')}</tbody>
<tbody class="meta border-top">${row('Stream state', '(No stream defined)', 'Stream')}
${row('Consensus boilerplate', 'Unknown')}</tbody>
<tbody class="meta border-top">${row('IESG state', 'I-D Exists', 'IESG')}
${row('Telechat date', '(None)')}
${row('Responsible AD', '(None)')}</tbody></table>
<div class="buttonlist">${dButtons.map((b) => `<a class="btn btn-primary btn-sm" href="#">${b}</a>`).join('\n')}</div>
<div class="card mt-5"><div class="card-header">draft-marsh-regext-contact-expiry-01</div><div class="card-body">
<div class="document-markup"><section id="section-abstract"><h2 id="abstract">Abstract</h2>${ps(dAbstract)}</section>
<section id="section-1"><h2 id="name-introduction">1. Introduction</h2>${ps(dIntro)}</section>
<section id="section-2"><h2 id="name-the-contactvalidity-member">2. The contactValidity Member</h2>${ps(dMember)}
<ul>${dItems.map((i) => `<li>${i}</li>`).join('\n')}</ul>${ps(dAfter)}</section></div></div></div></div></div></div>
<footer class="col-md-12 col-sm-12 border-top mt-5 py-5 bg-light-subtle text-center position-relative"><a href="https://www.ietf.org/" class="p-3">
<img alt="IETF" class="ietf-footer-logo" src="https://static.ietf.org/dt/12.41.2/ietf/images/ietf-logo-nor.svg"></a><br>
<p class="small text-body-secondary">The IETF is responsible for the creation and maintenance of the Datatracker.</p>
<ul class="list-inline small">${links(dFoot, 'list-inline-item')}</ul></footer>
<script>document.querySelectorAll("[data-bs-toggle=tooltip]").forEach((el) => new bootstrap.Tooltip(el));</script></body></html>`;
export const datatracker: TestPage = {
  name: 'heldout373-ietf-datatracker-draft',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Abstract', '1. Introduction', '2. The contactValidity Member'],
  body: texts([...dAbstract, ...dIntro, ...dMember, ...dItems, ...dAfter]),
  bylines: ['Last updated', '2026-02-19', 'Hollis Marsh', 'Priya Venkataraman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Datatracker', ...dNav, 'draft-marsh-regext-contact-expiry-01', ...dTabs, 'Document type', 'Active Internet-Draft (individual)', 'Authors',
    'RFC stream', 'Intended RFC status', 'Formats', 'htmlized', 'bibtex', 'Stream state', '(No stream defined)', 'Consensus boilerplate', 'Unknown',
    'IESG state', 'I-D Exists', 'Telechat date', 'Responsible AD', '(None)', ...dButtons,
    'The IETF is responsible for the creation and maintenance of the Datatracker.', ...dFoot,
  ],
};
