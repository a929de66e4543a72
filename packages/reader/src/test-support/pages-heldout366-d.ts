import { links, ps, type TestPage, texts } from './page-kit.js';
import { materials } from './pages-heldout366-d2.js';
import { j } from './pages-heldout366-kit.js';

/**
 * Held-out batch 366, file d: an iNaturalist observation page (the React app's saved DOM: header with Explore / Your
 * Observations / Community / More, the observation title, the photo browser with the licence line, the observer box with
 * observation counts, the date / place details, the "Community Taxon" box, the activity stream of identifications and
 * comments with their agree buttons, the "Data Quality Assessment" table, projects, "Similar Species" and the footer)
 * and, from file d2, a Materials Project material page.
 */
const iTitle = 'Calder Heath Hornbeam (Ostrya merrowensis)';
const iDescription = [
  j(
    'Low shrub about 60 cm tall on the edge of a blanket bog, above the old quarry track. Leaves leathery with pale glandular',
    'hairs underneath and a bitter smell when crushed. Fruiting catkins from last year still hanging, bracts papery and brown.',
  ),
  'Several plants in a patch of maybe ten square metres, all browsed on the seaward side.',
];
const iActivity = [
  j(
    'The glandular undersides and the inflated bracts fit O. merrowensis. The only other Ostrya on the islands is O. calderensis,',
    'which is a tree and has smooth leaf undersides.',
  ),
  'Thanks! I wasn&#39;t sure whether the small size was just the wind. Is it always this low?',
  j(
    'On the western headlands it almost never gets above knee height. Inland, in sheltered gullies, I have seen it reach two',
    'metres, but those stands are rare now because of the goats.',
  ),
  j(
    'This patch is one of the ones the records centre is tracking for the fencing project. Could you add a photo of the whole',
    'stand if you go back? It helps us estimate the area.',
  ),
];
const iUsers = ['tamsin_rook', 'h_lindqvist', 'calderbrc_maren'];
const iNav = ['Explore', 'Your Observations', 'Community', 'More', 'Upload'];
const iFoot = ['About', 'Blog', 'Donate', 'Store', 'Help', 'Forum', 'Terms of Use', 'Privacy', 'Community Guidelines'];
const iDqa = ['Date specified', 'Location specified', 'Has Photos or Sounds', 'Organism is wild', 'Evidence of organism', 'Recent evidence of an organism'];
const act = (user: string, when: string, kind: string, text: string): string => `<div class="ActivityItem">
<div class="icon"><a class="userimage" href="/people/${user}"></a></div><div class="panel panel-default"><div class="panel-heading">
<span class="title"><a class="user" href="/people/${user}">${user}</a> ${kind}</span>
<span class="time" title="${when}">${when}</span></div><div class="panel-body"><div class="body"><p>${text}</p></div></div></div></div>`;
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Calder Heath Hornbeam from Western Headland, Calder Isles on March 2, 2026 at 11:42 AM by
Tamsin Rook · iNaturalist</title><meta property="og:title" content="Calder Heath Hornbeam (Ostrya merrowensis)">
<meta property="og:image" content="https://inaturalist-open-data.example/photos/412093/large.jpg"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/observations/show.css"><script>var OBSERVATION_ID = 301774552; var CURRENT_USER = null;</script></head>
<body class="observations show"><div id="header" class="bootstrap"><a class="logo" href="/">iNaturalist</a>
<ul class="nav navtabs">${links(iNav, 'navtab')}</ul><a class="signin" href="/login">Log In</a> <a class="signup" href="/signup">Sign Up</a></div>
<div id="app"><div class="ObservationShow" data-reactroot=""><div class="upper"><div class="container"><div class="row"><div class="col-xs-12">
<h1 class="ObservationTitle"><span class="comname">Calder Heath Hornbeam</span> (<i class="sciname">Ostrya merrowensis</i>)</h1>
<div class="quality_grade research">Research Grade</div></div></div>
<div class="row"><div class="col-xs-7"><div class="PhotoBrowser"><img src="/photos/412093/large.jpg" alt="photo of Calder Heath Hornbeam">
<div class="photo-attribution">(c) Tamsin Rook, some rights reserved (CC BY-NC)</div></div></div>
<div class="col-xs-5"><div class="UserWithIcon"><a class="user" href="/people/tamsin_rook">tamsin_rook</a>
<span class="extra">312 observations</span></div>
<ul class="details"><li class="observed_on">Observed: Mar 2, 2026 · 11:42 AM GMT</li><li class="created_at">Submitted: Mar 3, 2026 · 8:15 PM GMT</li>
<li class="place">Western Headland, Calder Isles</li></ul><div class="map-holder"><span>Obscured location</span></div></div></div></div></div>
<div class="container"><div class="row"><div class="col-xs-7"><div class="Description"><h3>Description</h3>${ps(iDescription)}</div>
<div class="Activity"><h3>Activity</h3>
${act(iUsers[1] ?? '', 'Mar 3, 2026', 'suggested an ID', iActivity[0] ?? '')}
<div class="agree-button"><button class="btn btn-default">Agree</button></div>
${act(iUsers[0] ?? '', 'Mar 4, 2026', 'commented', iActivity[1] ?? '')}
${act(iUsers[1] ?? '', 'Mar 4, 2026', 'commented', iActivity[2] ?? '')}
${act(iUsers[2] ?? '', 'Mar 6, 2026', 'commented', iActivity[3] ?? '')}
<div class="comment-form"><textarea placeholder="Leave a comment"></textarea><button class="btn btn-primary">Done</button></div></div></div>
<div class="col-xs-5"><div class="CommunityIdentification"><h4>Community Taxon</h4><p>Calder Heath Hornbeam</p><p>Cumulative IDs: 2 of 2</p></div>
<div class="DataQualityAssessment"><h4>Data Quality Assessment</h4><ul>${links(iDqa)}</ul></div>
<div class="Projects"><h4>Projects</h4><ul>${links(['Calder Isles Heathland Watch'])}</ul></div>
<div class="SimilarSpecies"><h4>Similar Species</h4><ul>${links(['Calder Hop-hornbeam', 'Bog Myrtle'])}</ul></div></div></div></div></div></div>
<footer id="footer"><ul>${links(iFoot)}</ul><p>Member of the iNaturalist Network</p></footer>
<script>window.I18n = {"locale":"en"};</script></body></html>`;
export const inat: TestPage = {
  name: 'heldout366-inaturalist-observation',
  kind: 'forum',
  html: iHtml,
  title: 'Calder Heath Hornbeam (Ostrya merrowensis)',
  headings: ['Description', 'Activity'],
  body: texts([...iDescription, ...iActivity]),
  bylines: [
    'tamsin_rook',
    'h_lindqvist',
    'calderbrc_maren',
    'Observed: Mar 2, 2026 · 11:42 AM GMT',
    'Submitted: Mar 3, 2026 · 8:15 PM GMT',
    'Mar 3, 2026',
    'Mar 4, 2026',
    'Mar 6, 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'iNaturalist', ...iNav, 'Log In', 'Sign Up', 'Research Grade', '(c) Tamsin Rook, some rights reserved (CC BY-NC)', '312 observations',
    'Western Headland, Calder Isles', 'Obscured location', 'suggested an ID', 'Agree', 'commented', 'Done', 'Community Taxon', 'Cumulative IDs: 2 of 2',
    'Data Quality Assessment', ...iDqa, 'Projects', 'Calder Isles Heathland Watch', 'Similar Species', 'Calder Hop-hornbeam', 'Bog Myrtle', ...iFoot,
    'Member of the iNaturalist Network',
  ],
};

export const HELDOUT366_D: readonly TestPage[] = [inat, materials];
