import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 186, file f2: a lab group's project page on GitHub Pages in the widely copied Bulma "academic project
 * page" template (the navbar with the home icon and the "More Research" dropdown, the hero with the publication title,
 * author links with superscript affiliations, the affiliation and equal-contribution lines, the venue, the link buttons
 * "Paper", "arXiv", "Code", "Video" and "Data", the teaser video with its subtitle, the "Abstract" section, method and
 * results sections with figure captions and a results table, the "BibTeX" section and the template credit footer).
 */
const lpTitle = 'TideWalk: Learning Stable Legged Locomotion on Wet Sand from a Single Day of Beach Data';
const lpAuthors = ['Jonas Fehr', 'Amaka Nwosu', 'Luca Ferraro', 'Saoirse Kinsella'];
const lpEqual = '*Equal contribution';
const lpVenue = 'Conference on Robot Learning (CoRL) 2025';
const lpButtons = ['Paper', 'arXiv', 'Code', 'Video', 'Data'];
const lpTeaser = 'TideWalk keeps a 12 kg quadruped upright on wet, collapsing sand where the default controller falls within seconds.';
const lpAbstract = [
  'Wet sand is one of the hardest surfaces for legged robots: it can be firm one step and collapse the next, and its properties ' +
    'change by the minute as the tide moves. Controllers trained in simulation usually fail on it because simulators model granular ' +
    'media poorly, and collecting enough real data for learning has been assumed to be expensive.',
  'We present TideWalk, a method that adapts a simulation-trained locomotion policy to wet sand using only one day of real data ' +
    'collected on a public beach. TideWalk learns a compact model of how the ground yields under each foot from proprioception alone, ' +
    'and uses it to adjust foot placement and stance timing in real time. On a 12 kg quadruped, TideWalk reduces falls on wet sand ' +
    'from 4.1 to 0.3 per hundred metres and walks 38 percent faster than the best baseline, while keeping its performance on grass and ' +
    'concrete.',
];
const lpH1 = 'Method';
const lpP1 = [
  'TideWalk starts from a policy trained in simulation on rigid and mildly deformable terrain. We then collect about six hours of ' +
    'walking on the beach with a safety harness, recording joint positions, motor currents and the IMU, with no external sensing.',
  'From this data we train a ground model that predicts how far each foot will sink and slip given the recent history of forces ' +
    'under it. The policy receives the ground model’s prediction as an extra input and is fine-tuned on the real data with a ' +
    'conservative offline reinforcement learning objective, so that it never strays far from behaviour it has seen.',
];
const lpH2 = 'Results';
const lpP2 = [
  'We tested TideWalk over three days on two beaches, at different points in the tide cycle, and on grass and concrete as controls. ' +
    'Each trial was a 100 metre walk along a straight line marked with flags.',
];
const lpH3 = 'Limitations';
const lpP3 = [
  'TideWalk has only been tested on one robot and on sand beaches with similar grain size. Dry, loose sand above the tide line ' +
    'remains difficult, and the ground model does not yet handle standing water deeper than the robot’s feet. We are releasing the ' +
    'beach dataset so that others can test their methods on the same conditions.',
];
const lpCaptions = [
  'Overview of TideWalk. The ground model predicts sinkage and slip from proprioception; the policy uses it to adjust each step.',
  'Table 1. Falls per 100 m and average speed on each surface, averaged over 20 trials.',
];
const lpNav = ['More Research', 'SandSense: Tactile Feet for Granular Terrain', 'Harness-Free Data Collection for Legged Robots'];
const lpFooter =
  'This website is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License. This means you are free to ' +
  'borrow the source code of this website, we just ask that you link back to this page in the footer.';
const lpHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="description" content="TideWalk: stable legged locomotion on wet sand from one day of real data.">
<meta name="keywords" content="TideWalk, legged locomotion, quadruped, sand, reinforcement learning">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TideWalk: Learning Stable Legged Locomotion on Wet Sand</title>
<meta property="og:title" content="TideWalk"><meta property="og:url" content="https://coastal-robotics.github.io/tidewalk/">
<meta property="og:image" content="static/images/teaser.jpg">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-PYVRSFMDRL"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); } gtag('js', new Date()); gtag('config',
'G-PYVRSFMDRL');</script>
<link href="https://fonts.googleapis.com/css?family=Google+Sans|Noto+Sans|Castoro" rel="stylesheet">
<link rel="stylesheet" href="./static/css/bulma.min.css"><link rel="stylesheet" href="./static/css/bulma-carousel.min.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/jpswalsh/academicons@1/css/academicons.min.css"><link rel="stylesheet" href="./static/css/index.css">
<link rel="icon" href="./static/images/favicon.svg"><script src="https://ajax.googleapis.com/ajax/libs/jquery/3.5.1/jquery.min.js"></script>
<script defer src="./static/js/fontawesome.all.min.js"></script><script src="./static/js/index.js"></script></head>
<body>
<nav class="navbar" role="navigation" aria-label="main navigation"><div class="navbar-brand"><a role="button" class="navbar-burger" aria-label="menu"
aria-expanded="false"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a></div>
<div class="navbar-menu"><div class="navbar-start" style="flex-grow: 1; justify-content: center;">
<a class="navbar-item" href="https://coastal-robotics.github.io">
<span class="icon"><i class="fas fa-home"></i></span></a><div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link">${lpNav[0]}</a>
<div class="navbar-dropdown"><a class="navbar-item" href="https://coastal-robotics.github.io/sandsense">${lpNav[1]}</a>
<a class="navbar-item" href="https://coastal-robotics.github.io/harness-free">${lpNav[2]}</a></div></div></div></div></nav>
<section class="hero"><div class="hero-body"><div class="container is-max-desktop"><div class="columns is-centered"><div class="column has-text-centered">
<h1 class="title is-1 publication-title">${lpTitle}</h1>
<div class="is-size-5 publication-authors">${lpAuthors
  .map(
    (a, i) =>
      `<span class="author-block"><a href="https://coastal-robotics.github.io/people/${i}">${a}</a>
<sup>${i === 3 ? '2' : '1'}${i < 2 ? '*' : ''}</sup>${i < 3 ? ',' : ''}</span>`,
  )
  .join('\n')}</div>
<div class="is-size-5 publication-authors"><span class="author-block"><sup>1</sup>Coastal Robotics Lab, Brenmouth University,</span>
<span class="author-block"><sup>2</sup>Institute for Field Machines</span><span class="eql-cntrb"><small><br><sup>*</sup>Equal contribution</small></span></div>
<div class="is-size-5 publication-venue">${lpVenue}</div>
<div class="column has-text-centered"><div class="publication-links">${lpButtons
  .map(
    (b) => `<span class="link-block"><a href="#${b.toLowerCase()}" class="external-link button is-normal is-rounded is-dark"><span class="icon">
<i class="fas fa-file-pdf"></i></span><span>${b}</span></a></span>`,
  )
  .join('\n')}</div></div></div></div></div></div></section>
<section class="hero teaser"><div class="container is-max-desktop"><div class="hero-body"><video id="teaser" autoplay muted loop playsinline height="100%">
<source src="./static/videos/teaser.mp4" type="video/mp4"></video><h2 class="subtitle has-text-centered">${lpTeaser}</h2></div></div></section>
<section class="section"><div class="container is-max-desktop"><div class="columns is-centered has-text-centered"><div class="column is-four-fifths">
<h2 class="title is-3">Abstract</h2><div class="content has-text-justified">${lpAbstract.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>
<div class="columns is-centered"><div class="column is-full-width"><h2 class="title is-3">${lpH1}</h2><div class="content has-text-justified">
${lpP1.map((p) => `<p>${p}</p>`).join('\n')}<img src="./static/images/method.png" alt="Method overview">
<p class="has-text-centered is-size-6">${lpCaptions[0]}</p></div>
<h2 class="title is-3">${lpH2}</h2><div class="content has-text-justified">${lpP2.map((p) => `<p>${p}</p>`).join('\n')}
<table class="table is-bordered is-striped"><thead><tr><th>Method</th><th>Wet sand falls</th><th>Wet sand speed (m/s)</th><th>Grass falls</th></tr></thead>
<tbody><tr><td>Sim-only policy</td><td>4.1</td><td>0.42</td><td>0.2</td></tr><tr><td>TideWalk (ours)</td><td>0.3</td><td>0.58</td><td>0.1</td></tr></tbody>
</table>
<p class="has-text-centered is-size-6">${lpCaptions[1]}</p>
<div class="columns"><div class="column"><video autoplay muted loop playsinline src="./static/videos/tide_low.mp4"></video><p>Low tide</p></div>
<div class="column"><video autoplay muted loop playsinline src="./static/videos/tide_rising.mp4"></video><p>Rising tide</p></div></div></div>
<h2 class="title is-3">${lpH3}</h2><div class="content has-text-justified">${lpP3.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div></section>
<section class="section" id="BibTeX"><div class="container is-max-desktop content"><h2 class="title">BibTeX</h2>
<pre><code>@inproceedings{fehr2025tidewalk,
  title={TideWalk: Learning Stable Legged Locomotion on Wet Sand from a Single Day of Beach Data},
  author={Fehr, Jonas and Nwosu, Amaka and Ferraro, Luca and Kinsella, Saoirse},
  booktitle={Conference on Robot Learning}, year={2025}}</code></pre></div></section>
<footer class="footer"><div class="container"><div class="content has-text-centered"><a class="icon-link" href="./static/paper.pdf">
<i class="fas fa-file-pdf"></i></a>
<a class="icon-link" href="https://github.com/coastal-robotics" class="external-link" disabled><i class="fab fa-github"></i></a></div>
<div class="columns is-centered"><div class="column is-8"><div class="content"><p>This website is licensed under a
<a rel="license" href="http://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 International License</a>. This means you are
free to borrow the <a href="https://github.com/nerfies/nerfies.github.io">source code</a> of this website, we just ask that you link back to this page in the
footer.</p><p>Website template adapted from Nerfies.</p></div></div></div></div></footer></body></html>`;
export const labProjectPage: TestPage = {
  html: lpHtml,
  name: 'heldout186-github-pages-lab-project',
  kind: 'blog',
  // the abstract and the method, results and limitations sections are the article ("Abstract" and the section titles its
  // headings); authors are bylines; affiliations, equal-contribution note, venue, buttons, the teaser subtitle, captions,
  // video labels, the "BibTeX" title and the footer are furniture; the results table and the BibTeX block are in neither list
  title: lpTitle,
  headings: ['Abstract', lpH1, lpH2, lpH3],
  body: [...lpAbstract, ...lpP1, ...lpP2, ...texts(lpP3)],
  bylines: lpAuthors,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lpNav, 'Coastal Robotics Lab, Brenmouth University,', 'Institute for Field Machines', lpEqual, lpVenue, ...lpButtons, lpTeaser, ...lpCaptions,
    'Low tide', 'Rising tide', 'BibTeX', lpFooter, 'Website template adapted from Nerfies.',
  ],
};
