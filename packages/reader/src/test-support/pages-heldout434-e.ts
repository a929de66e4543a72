import { links, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout434-e2.js';
import { j } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file e: a seismology network's FAQ on a Hugo site with Bootstrap 5 (navbar, "Felt an earthquake?"
 * call-to-action bar, FAQ page with a table of contents, accordion items whose buttons hold the questions, "Still have a
 * question?" box, edit-this-page link and last-modified line, partner logos, footer) and, from file e2, a university
 * geology department's fieldtrip report built with Elementor.
 */
const fTitle = 'Frequently asked questions about earthquakes';
const fQA: [string, string[]][] = [
  [
    'Can earthquakes be predicted?',
    [
      j(
        'No. Nobody has ever predicted a major earthquake, and we do not know how to do it. We can calculate the probability that',
        'a significant earthquake will happen in a given area within a number of years, which is what hazard maps show.',
      ),
    ],
  ],
  [
    'Why did I feel the earthquake but my neighbour did not?',
    [
      j(
        'Shaking depends on where you were and what you were doing. People on upper floors, or sitting still, notice small',
        'earthquakes far more often than people walking outdoors or driving. Soft ground such as river silt also amplifies shaking.',
      ),
    ],
  ],
  [
    'Why is the magnitude different on different websites?',
    [
      j(
        'The first magnitude is computed automatically within minutes from a few stations. As more data arrive, analysts revise',
        'it, and different agencies use different magnitude scales and station sets. Differences of 0.1 to 0.3 are normal.',
      ),
      'Our network reports local magnitude (ML) for small events and moment magnitude (Mw) for events above about 4.5.',
    ],
  ],
  [
    'How can I host a seismometer?',
    [
      j(
        'We are always looking for quiet sites away from traffic and machinery. A host needs a dry room or shed with mains power',
        'and an internet connection. We supply and install the equipment; it uses about as much power as a phone charger.',
      ),
    ],
  ],
  [
    'Is there an earthquake season?',
    [
      j(
        'No. Earthquakes happen at the same rate in every season and in any weather. The idea of "earthquake weather" is a myth',
        'that goes back to ancient Greece.',
      ),
    ],
  ],
];
const fIntro = 'Answers to the questions we are asked most often. If your question is not here, contact our duty seismologist.';
const fNav = ['Latest earthquakes', 'Stations', 'Data access', 'Research', 'Outreach', 'About'];
const fFoot = ['Terms of use', 'Privacy', 'Data licence', 'Staff intranet'];
const fHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.1"><title>FAQ | Northreach Seismic Network</title><meta name="description" content="${fIntro}">
<link rel="stylesheet" href="/css/main.min.8c1e2f.css" integrity="sha256-abc"><link rel="alternate" type="application/rss+xml" href="/faq/index.xml">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${
  fQA[0]?.[0] ?? ''
}"}]}</script>
<script defer data-domain="northreach.example" src="https://plausible.example/js/script.js"></script></head><body class="d-flex flex-column h-100">
<header><nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">Northreach Seismic Network</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-label="Toggle navigation"><span
class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="navbarMain"><ul class="navbar-nav ms-auto">${links(fNav, 'nav-item')}</ul>
</div></div></nav><div class="cta-bar bg-warning text-dark py-2"><div class="container"><strong>Felt an earthquake?</strong>
<a href="/felt-report/" class="btn btn-sm btn-dark ms-2">Tell us what you felt</a></div></div></header>
<main class="flex-shrink-0"><div class="container py-5"><div class="row"><div class="col-lg-3 d-none d-lg-block"><nav id="TableOfContents"
class="toc sticky-top"><p class="toc-title">On this page</p><ul>${fQA.map((q, i) => `<li><a href="#q${i}">${q[0]}</a></li>`).join('\n')}</ul></nav></div>
<div class="col-lg-9"><h1 class="display-5 mb-3">${fTitle}</h1><p class="lead">${fIntro}</p>
<div class="accordion" id="faqAccordion">
${fQA
  .map(
    (
      [q, a],
      i,
    ) => `<div class="accordion-item" id="q${i}"><h2 class="accordion-header" id="heading${i}"><button class="accordion-button${i === 0 ? '' : ' collapsed'}"
type="button" data-bs-toggle="collapse" data-bs-target="#collapse${i}" aria-expanded="${i === 0}" aria-controls="collapse${i}">${q}</button></h2>
<div id="collapse${i}" class="accordion-collapse collapse${i === 0 ? ' show' : ''}" aria-labelledby="heading${i}" data-bs-parent="#faqAccordion">
<div class="accordion-body">${a.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>`,
  )
  .join('\n')}
</div><div class="card mt-5 bg-light"><div class="card-body"><h3 class="h5 card-title">Still have a question?</h3>
<p class="card-text">Email our outreach team and we will get back to you within a week.</p></div></div>
<div class="page-meta mt-4 small text-muted"><a href="https://git.northreach.example/web/site/edit/main/content/faq.md">Edit this page</a>
<span class="ms-3">Last modified: 8 January 2026</span></div></div></div></div></main>
<section class="partners py-4 border-top"><div class="container"><p class="small text-uppercase">Our partners</p></div></section>
<footer class="footer mt-auto py-3 bg-dark text-white-50"><div class="container"><ul class="list-inline">${links(fFoot, 'list-inline-item')}</ul>
<p>© 2026 Northreach Seismic Network, hosted by the University of Norfell. Built with Hugo.</p></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script></body></html>`;
const faq: TestPage = {
  name: 'heldout434-hugo-bootstrap-seismic-faq-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQA.map((q) => q[0]),
  body: texts([fIntro, ...fQA.flatMap((q) => q[1])]),
  bylines: ['Last modified: 8 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northreach Seismic Network', ...fNav, 'Felt an earthquake?', 'Tell us what you felt', 'On this page', 'Still have a question?',
    'Email our outreach team and we will get back to you within a week.', 'Edit this page', 'Our partners', ...fFoot,
    '© 2026 Northreach Seismic Network, hosted by the University of Norfell. Built with Hugo.',
  ],
};

export const HELDOUT434_E: readonly TestPage[] = [faq, elementor];
