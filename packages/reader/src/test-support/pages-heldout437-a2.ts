import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file a2: a biotech's pipeline page on Webflow (w-nav with dropdown, hero, the pipeline as a grid of div
 * rows with stage bars, short prose per programme, a partnering call-to-action band, newsletter form, footer).
 */
const wTitle = 'Our Pipeline';
const wIntro = [
  j(
    'Quillon Bio is building a portfolio of bispecific antibodies for immune-mediated diseases where a single pathway is not enough.',
    'Each programme starts from patient tissue: we map which cell types drive inflammation before we choose the pair of targets.',
  ),
  'Our pipeline currently includes four wholly owned programmes and one partnered programme.',
];
type Row = readonly [name: string, targets: string, indication: string, stage: string, width: string];
const wRows: readonly Row[] = [
  ['QLN-101', 'IL-13 × TSLP', 'Moderate-to-severe atopic dermatitis', 'Phase 2', '62%'],
  ['QLN-101', 'IL-13 × TSLP', 'Eosinophilic esophagitis', 'Phase 1b', '40%'],
  ['QLN-207', 'OX40L × IL-23', 'Ulcerative colitis', 'Phase 1', '28%'],
  ['QLN-330', 'BAFF × CD40L', 'Systemic lupus erythematosus', 'IND-enabling', '16%'],
  ['QLN-412', 'Undisclosed', 'Fibrotic lung disease (partnered with Ardent Pharma)', 'Discovery', '8%'],
];
const wProgrammes: readonly (readonly [string, string[]])[] = [
  [
    'QLN-101',
    [
      j(
        'QLN-101 blocks IL-13 and TSLP at the same time, two signals that sit upstream and downstream of the type 2 inflammatory cascade.',
        'In our Phase 1 study in healthy volunteers it was well tolerated at every dose tested and showed a half-life that supports dosing',
        'once every eight weeks.',
      ),
      j(
        'A Phase 2 study in 240 adults with moderate-to-severe atopic dermatitis is fully enrolled, and we expect topline data in the fourth',
        'quarter of 2026. A Phase 1b study in eosinophilic esophagitis began dosing in January.',
      ),
    ],
  ],
  [
    'QLN-207',
    [
      j(
        'QLN-207 pairs OX40 ligand with IL-23, aiming to quiet both the T cells that sustain gut inflammation and the cytokine that keeps',
        'them active. In colon biopsies from patients with ulcerative colitis, dual blockade reduced inflammatory gene expression more than',
        'either antibody alone.',
      ),
    ],
  ],
  [
    'QLN-330',
    [
      j(
        'QLN-330 targets two co-stimulatory signals that support autoreactive B cells. We are completing toxicology studies and plan to file',
        'an investigational new drug application in the first half of 2027.',
      ),
    ],
  ],
  [
    'QLN-412',
    [
      j(
        'QLN-412 is being discovered together with Ardent Pharma, which holds worldwide rights to develop and commercialise the programme.',
        'Quillon is eligible for milestone payments and tiered royalties.',
      ),
    ],
  ],
];
const wNote = 'Pipeline shown as of February 2026. Investigational agents have not been approved by any regulatory authority.';
const wNav = ['Science', 'Pipeline', 'Team', 'Investors', 'News', 'Careers'];
const wDrop = ['Platform', 'Publications', 'Scientific Advisors'];
const wFoot = ['Privacy Policy', 'Terms of Use', 'Accessibility', 'Contact'];
const wRowsHtml = wRows
  .map(
    ([n, t, ind, st, w]) => `<div class="pipeline-row w-layout-grid"><div class="pipeline-cell program"><div class="program-name">${n}</div>
<div class="program-target">${t}</div></div><div class="pipeline-cell indication">${ind}</div>
<div class="pipeline-cell stage"><div class="stage-bar-track"><div class="stage-bar-fill" style="width:${w}"></div></div>
<div class="stage-label">${st}</div></div></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 17 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.quillonbio.example" data-wf-page="65c1e0a9f2b3" data-wf-site="65c1e0a9f2a0" lang="en"><head><meta charset="utf-8">
<title>Pipeline | Quillon Bio</title><meta content="Quillon Bio is developing bispecific antibodies for immune-mediated diseases." name="description">
<meta content="Pipeline | Quillon Bio" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65c1e0a9f2a0/css/quillon.webflow.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="/images/quillon-logo.svg" alt="Quillon Bio" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown"><div class="dropdown-toggle w-dropdown-toggle"><div>More</div></div>
<nav class="dropdown-list w-dropdown-list">${wDrop.map((d) => `<a href="#" class="dropdown-link w-dropdown-link">${d}</a>`).join('')}</nav></div></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section pipeline-hero"><div class="w-container"><div class="eyebrow">Pipeline</div><h1 class="heading-xl">${wTitle}</h1>
<div class="hero-rich-text w-richtext">${ps(wIntro)}</div></div></section>
<section class="section pipeline-section"><div class="w-container"><div class="pipeline-table">
<div class="pipeline-header w-layout-grid"><div class="pipeline-head">Program</div><div class="pipeline-head">Indication</div>
<div class="pipeline-head-stages"><div>Discovery</div><div>IND-enabling</div><div>Phase 1</div><div>Phase 2</div><div>Phase 3</div></div></div>
${wRowsHtml}
</div><div class="pipeline-footnote">${wNote}</div></div></section>
<section class="section programs-section"><div class="w-container">
${wProgrammes.map(([n, p]) => `<div class="program-block w-richtext"><h2>${n}</h2>${ps(p)}</div>`).join('\n')}
</div></section>
<section class="cta-section"><div class="w-container"><h3 class="cta-heading">Interested in partnering?</h3>
<p class="cta-text">Our business development team would be glad to hear from you.</p><a href="/contact" class="button w-button">Get in touch</a></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><img src="/images/quillon-logo-white.svg"
alt="" class="footer-logo"><p class="footer-address">200 Arsenal Yards Blvd, Watertown, MA 02472</p></div>
<div class="footer-col"><div class="footer-label">Stay informed</div><div class="w-form"><form id="email-form" name="email-form" method="get">
<input class="text-field w-input" maxlength="256" name="email" placeholder="Email address" type="email" required>
<input type="submit" value="Subscribe" class="submit-button w-button"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom"><div>© 2026 Quillon Bio, Inc.</div><ul class="footer-links">${links(wFoot)}</ul></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65c1e0a9f2a0/js/webflow.js" type="text/javascript"></script></body></html>`;
export const webflowPipeline: TestPage = {
  name: 'heldout437-webflow-pipeline',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wProgrammes.map(([n]) => n),
  body: texts([...wIntro, ...wRows.flatMap(([n, t, ind, st]) => [n, t, ind, st]), wNote, ...wProgrammes.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((n) => n !== 'Pipeline'), 'More', ...wDrop, 'Interested in partnering?', 'Our business development team would be glad to hear from you.',
    'Get in touch', '200 Arsenal Yards Blvd, Watertown, MA 02472', 'Stay informed', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', '© 2026 Quillon Bio, Inc.', ...wFoot,
  ],
};
