/** Held-out batch 122, file b4: the texts of the Mayo Clinic disease overview of file b3 (article, newsletter box, rails, footer). */
export const myTitle = 'Trigger finger';
export const myH = ['Overview', 'Symptoms', 'When to see a doctor', 'Causes', 'Risk factors', 'Complications'];
export const myP1 = [
  'Trigger finger is a hand problem in which a finger catches when you try to bend or straighten it. The finger can hold in a curled ' +
    'position and then release with a sudden jerk, a little like a trigger that sticks before it fires.',
  'The medical name is stenosing tenosynovitis. The tendon that bends the finger runs through a tunnel of tissue called a sheath. When that ' +
    'tunnel thickens and tightens, the tendon can no longer slide smoothly. In severe cases, the finger stays bent and has to be pushed straight.',
  'It is more likely in people who grip tools or equipment for long periods, in women, and in people with diabetes. How it is treated depends ' +
    'on how much the catching interferes with daily life.',
];
export const myP2 = ['Symptoms often start mildly and get worse over weeks or months. They can include:'];
export const myL1 = [
  'Stiffness in a finger or thumb that is worst after waking.',
  'A click or snap felt when the finger moves.',
  'A tender lump in the palm, just below the affected finger.',
  'A finger that sticks in a bent position and then springs straight.',
  'A finger that cannot be straightened without help from the other hand.',
];
export const myP3 = [
  'The thumb and ring finger are affected most often, but any finger can be involved. Some people have it in several fingers, or in both hands ' + 'at once.',
];
export const myP4 = [
  'Get care the same day if a finger joint becomes hot, red and swollen, because this can be a sign of infection.',
  'Make an appointment with a health care professional if catching, stiffness or a lump in the palm makes it hard to work, write or hold ' +
    'things, or if a finger stays locked.',
];
export const myP5 = [
  'Tendons connect muscles in the forearm to the bones of the fingers. As they pass through the palm, each one runs inside its own sheath. ' +
    'If the sheath becomes irritated and swollen, the opening narrows and the tendon rubs as it moves.',
  'Often there is no clear reason this starts. With time, the tendon itself can thicken into a small knot that snags on the edge of the ' +
    'sheath with each bend of the finger.',
];
export const myP6 = ['Things that raise the chance of getting trigger finger include:'];
export const myL2 = [
  '<strong>Hand-intensive work or hobbies.</strong> Long hours of gripping tools, steering wheels or instruments put strain on the tendons.',
  '<strong>Some health conditions.</strong> Diabetes and rheumatoid arthritis are linked with a higher risk.',
  '<strong>Sex.</strong> Women are affected more often than men.',
  '<strong>Recent hand surgery.</strong> Trigger finger sometimes follows surgery for carpal tunnel syndrome, usually within six months.',
];
export const myP7 = [
  'Left untreated, a finger that locks again and again can stay bent for good. That can make ordinary jobs such as fastening buttons or ' +
    'carrying a mug hard to do, and the joint may stiffen after months in a curled position.',
];
export const myCaption =
  'With trigger finger, the tendon sheath becomes inflamed and narrows, so the tendon catches as it slides through. The finger may then bend ' +
  'or straighten with a snap.';
export const myNav = ['Care at Mayo Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education at Mayo Clinic', 'Giving to Mayo Clinic'];
export const myTabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments', 'Care at Mayo Clinic'];
export const myNews = [
  'From Mayo Clinic to your inbox',
  'Sign up for free and stay up to date on research advancements, health tips, current health topics, and expertise on managing health. ' +
    'Click here for an email preview.',
  'Email',
  'ErrorEmail field is required',
  'ErrorInclude a valid email address',
  'Learn more about Mayo Clinic’s use of data.',
  'To provide you with the most relevant and helpful information, and understand which information is beneficial, we may combine your email ' +
    'and website usage information with other information we have about you. If you are a Mayo Clinic patient, this could include protected ' +
    'health information. You may opt-out of email communications at any time by clicking on the unsubscribe link in the e-mail.',
  'Subscribe!',
  'Thank you for subscribing!',
  'You’ll soon start receiving the latest Mayo Clinic health information you requested in your inbox.',
];
export const myAd = [
  'Advertisement',
  'Mayo Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.',
  'Advertising & Sponsorship',
  'Policy',
  'Opportunities',
  'Ad Choices',
];
export const myRefs = [
  'Abernethy JL, et al. Stenosing flexor tenosynovitis of the digits: A review. Journal of Hand Practice. 2023;18:211.',
  'Trigger finger. American Society of Hand Therapists. Accessed June 3, 2025.',
  'Okonkwo RA (expert opinion). Mayo Clinic. June 20, 2025.',
];
export const myProducts = ['A Book: Mayo Clinic Guide to Arthritis', 'Show more products from Mayo Clinic'];
export const myRelated = ['Trigger finger injection', 'Hand exercises for stiffness', 'Carpal tunnel syndrome'];
export const myFootCols: [string, string[]][] = [
  ['About Mayo Clinic', ['About this Site', 'Contact Us', 'Locations', 'Health Information Policy', 'Media Requests', 'News Network', 'Price Transparency']],
  ['Medical Professionals', ['AskMayoExpert', 'Clinical Trials', 'Mayo Clinic Alumni Association', 'Refer a Patient']],
  ['Businesses', ['Executive Health Program', 'International Business Collaborations', 'Facilities & Real Estate', 'Supplier Information']],
  ['Students', ['Admissions Requirements', 'Degree Programs', 'Student & Faculty Portal']],
];
export const myLegal = [
  'Terms & Conditions',
  'Privacy Policy',
  'Notice of Privacy Practices',
  'Notice of Nondiscrimination',
  'Accessibility Statement',
  'Advertising & Sponsorship Policy',
  'Site Map',
  'Manage Cookies',
];
export const myCopy = '© 1998-2025 Mayo Foundation for Medical Education and Research (MFMER). All rights reserved.';
export const myCookie =
  'We use cookies and similar technologies to improve your experience, analyze site traffic and show you relevant content. You can manage ' +
  'your preferences at any time.';
