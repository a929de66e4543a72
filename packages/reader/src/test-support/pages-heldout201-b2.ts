import { links, type TestPage, texts } from './page-kit.js';
import { paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file b2: an iNaturalist observation page as the browser stores the rendered React page for a
 * signed-out visitor (the site header with "Log In" / "Sign Up", the title with common and scientific name, the observer
 * card with observation count, the photo viewer with its licence, observed and submitted dates, the place guess, the
 * quality grade, the observer's long description, the Activity stream of identifications and comments with their
 * "Agree" buttons, the "Add a Comment" prompt, the Data Quality Assessment, projects, "More from" and "Nearby" rails and
 * the footer).
 */
const inTitle = 'Rough-skinned Newt (Taricha granulosa)';
const inDesc = paras(`
Counted during the autumn migration survey on Bellwater Road, where it crosses the outlet creek from Lost Doe Lake. This is
the fourth year our volunteer group has walked the same 600-metre stretch on rainy nights between October and December.

This observation stands in for the whole count on the evening of 18 November: 312 live newts crossing or on the road shoulder
between 6:40 and 9:15 PM, and 41 killed by traffic. The photo shows one of the live animals, an adult female, photographed on
the centre line just before we moved her across in the direction she was heading.

Conditions were ideal for movement: steady light rain for most of the day, 9 °C at dusk, no wind. The first animals appeared
on the uphill side about twenty minutes after full dark. By eight o'clock there were so many on the eastern half of the stretch
that two of us were doing nothing but carrying newts while the other three counted and flagged down cars.

For comparison, our best night in 2023 was 188 live animals. We do not think the population has doubled. More likely the
timing this year simply lined up with a long dry spell breaking on a Saturday, when we had five people out instead of the usual
two, and we counted more of what was there.

The road-kill figure is the one that matters for the county. Almost all of the dead animals were on the 200-metre section east
of the culvert, which is where the shoulder is narrowest and where cars come over the rise fastest. We are sharing these counts
with the roads department ahead of a meeting in January about a temporary closure on peak nights, as happens on similar roads
elsewhere in the state.

If you live nearby and would like to help on survey nights, please message me here. You will need a head torch, a reflective
vest and gloves that you do not mind getting wet. Please do not handle newts with bare hands: their skin secretions are toxic,
and sun cream or insect repellent on your hands can harm them.`);
const inNav = ['Explore', 'Community', 'More', 'Log In', 'Sign Up'];
const inFacts = ['Observed', 'Submitted', 'Research Grade', 'Community Taxon', 'Activity'];
const inIds = [
  { user: 'salamandrina_pdx', text: 'Rough-skinned Newt', note: 'Thank you for doing this. The numbers from the culvert section are striking.' },
  { user: 'orin_kessler', text: 'Rough-skinned Newt', note: 'Agree. Orange belly, rough dry skin and the dark upper eyelids fit this species.' },
];
const inActions = ['Agree', 'Compare', 'Add a Comment', 'Suggest an ID', 'Log in or Sign up to add comments'];
const inDqa = ['Data Quality Assessment', 'Date specified', 'Location specified', 'Has Photos or Sounds', 'Wild', 'Evidence of organism'];
const inRails = ['Projects', 'Amphibian Road Mortality Survey', 'Herps of the Pacific Northwest', 'More from salamander_lane', 'Nearby Observations'];
const inFoot = ['About', 'Help', 'Forum', 'Blog', 'Store', 'Donate', 'Terms of Use', 'Privacy', 'Community Guidelines'];
const inLicence = '© salamander_lane, some rights reserved (CC BY-NC)';
const inHtml = `<!DOCTYPE html>
<html lang="en" data-bs-theme="light"><head><meta charset="utf-8"><title>Rough-skinned Newt from Bellwater Rd, OR, USA on November 18, 2024 at 07:52 PM by
salamander_lane · iNaturalist</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Rough-skinned Newt"><meta property="og:description" content="Counted during the autumn migration survey on Bellwater Road.">
<meta property="og:image" content="https://inaturalist-open-data.s3.example/photos/413220881/large.jpeg">
<link rel="canonical" href="https://www.inaturalist.org/observations/251774093">
<link rel="stylesheet" href="https://static.inaturalist.example/assets/observations/show-b1d7a0.css">
<script>var OBSERVATION_ID = 251774093; var CURRENT_USER = {}; var PREFERRED_PLACE = null;</script></head>
<body class="observations show"><div id="wrapper" class="bootstrap"><div id="header" class="header"><a href="/" class="logo"><img alt="iNaturalist"
src="/assets/logo-small.svg"></a><ul class="nav navbar-nav">${links(inNav.slice(0, 3), 'navtab')}</ul>
<form class="navbar-form navbar-right search"><input type="search" placeholder="Search"></form>
<div class="signin_signup"><a href="/login" class="signin_link">${inNav[3]}</a> <span class="or">or</span>
<a href="/signup" class="signup_link btn btn-primary">${inNav[4]}</a></div></div>
<div id="app"><div class="ObservationShow"><div class="upper"><div class="container"><div class="row title_row"><div class="col-xs-10 title-container">
<div class="ObservationTitle"><span class="title"><span class="comname display-name">Rough-skinned Newt</span>
<span class="sciname secondary-name species">(<i>Taricha granulosa</i>)</span></span></div></div></div>
<div class="row"><div class="col-xs-7 photos_column"><div class="PhotoBrowser"><div class="image-gallery"><img alt="Rough-skinned Newt"
src="https://inaturalist-open-data.s3.example/photos/413220881/large.jpeg"></div><div class="photo-attribution">${inLicence}</div></div></div>
<div class="col-xs-5 info_column"><div class="UserWithIcon"><div class="icon"><img alt=""
src="https://static.inaturalist.example/attachments/users/icons/7781/thumb.jpg"></div>
<div class="title"><a href="/people/salamander_lane">salamander_lane</a></div><div class="subtitle"><a href="/observations?user_id=salamander_lane">
<i class="icon-binoculars"></i>1,284 observations</a></div></div>
<div class="obs_details"><div class="observed_on"><span class="bold">${inFacts[0]}</span> <span class="date">Nov 18, 2024 · 7:52 PM PST</span></div>
<div class="submitted_on"><span class="bold">${inFacts[1]}</span> <span class="date">Nov 19, 2024 · 8:06 AM PST</span></div></div>
<div class="Map"><div class="place-guess">Bellwater Rd, Lane County, OR, USA</div><div class="map-container" aria-hidden="true"></div></div></div></div>
<div class="quality_grade"><span class="quality_grade research">${inFacts[2]}</span></div></div></div>
<div class="middle"><div class="container"><div class="row"><div class="col-xs-7">
<div class="Description user-text">
${pLines(inDesc)}
</div>
<div class="Activity"><h3>${inFacts[4]}</h3>
${inIds
  .map(
    (a, i) => `<div class="ActivityItem identification" id="activity_${i}"><div class="icon"><img alt="" src="/attachments/users/icons/${i}.jpg"></div>
<div class="panel panel-default"><div class="panel-heading"><a class="user" href="/people/${a.user}">${a.user}</a> suggested an ID
<span class="time" title="Nov 19, 2024">Nov ${19 + i}, 2024</span></div><div class="panel-body"><div class="Taxon"><span class="display-name">${a.text}</span>
<span class="secondary-name">Taricha granulosa</span></div><div class="body">${a.note}</div><button class="btn btn-default">${inActions[0]}</button>
<button class="btn btn-link">${inActions[1]}</button></div></div></div>`,
  )
  .join('\n')}
<div class="ActivityItem comment-form"><h4>${inActions[2]}</h4><button class="btn">${inActions[3]}</button>
<p class="signin-prompt"><a href="/login">${inActions[4]}</a></p></div></div></div>
<div class="col-xs-5"><div class="CommunityIdentification"><h4>${inFacts[3]}</h4><span class="display-name">Rough-skinned Newt</span></div>
<div class="QualityMetrics"><h4>${inDqa[0]}</h4><ul>${inDqa
  .slice(1)
  .map((t) => `<li class="metric"><span class="metric-title">${t}</span><i class="fa fa-check"></i></li>`)
  .join('')}</ul></div>
<div class="Projects"><h4>${inRails[0]}</h4><ul>${links(inRails.slice(1, 3))}</ul></div></div></div></div></div>
<div class="bottom"><div class="container"><div class="MoreFromUser"><h3>${inRails[3]}</h3><div class="thumbnails"></div></div>
<div class="NearbyObservations"><h3>${inRails[4]}</h3><div class="thumbnails"></div></div></div></div></div></div>
<div id="footer" class="footer"><ul class="footer-links">${links(inFoot)}</ul><p class="member">Member of the iNaturalist Network</p>
<p>iNaturalist is a nonprofit organization supported by its members.</p></div></div>
<script src="https://static.inaturalist.example/assets/observations/show-b1d7a0.js"></script></body></html>`;
export const inatPage: TestPage = {
  html: inHtml,
  name: 'heldout201-inaturalist-observation',
  kind: 'wiki',
  // the observer's description is the article; the observer and the observed/submitted dates are bylines; the other
  // users' identifications and comments are furniture (reader comments, not the record); the place guess, the taxon names
  // in the identifications and the community taxon are in neither list
  title: inTitle,
  headings: [],
  body: texts(inDesc),
  bylines: ['salamander_lane', 'Nov 18, 2024 · 7:52 PM PST', 'Nov 19, 2024 · 8:06 AM PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...inNav, inLicence, '1,284 observations', ...inFacts, ...inIds.flatMap((a) => [a.user, a.note]), 'suggested an ID', 'Nov 19, 2024', 'Nov 20, 2024',
    ...inActions, ...inDqa, ...inRails, ...inFoot, 'Member of the iNaturalist Network', 'iNaturalist is a nonprofit organization supported by its members.',
  ],
};
