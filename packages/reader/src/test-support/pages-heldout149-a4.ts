/**
 * Held-out batch 149, file a4: the article text and furniture strings of the Hello Elementor post (file a2).
 */
export const heTitle = 'Coming back from a calf strain: a runner’s guide to the first six weeks';
export const heP1 = [
  'Calf strains are one of the injuries we see most often in the clinic between March and May, when people start training for ' +
    'summer races. They usually happen in the last kilometre of a run, or on a hill, and they feel like being hit in the back of the ' +
    'leg with a stone.',
  'Most calf strains heal well, but they also come back easily if you return to running too fast. This is the plan we give most of ' +
    'our runners, with the reasons behind each step.',
];
export const heWarn =
  '<strong>See a doctor first</strong> if your calf is hot, red or very swollen, if the pain came on without any activity, or if you ' +
  'cannot rise onto your toes at all. These can be signs of a blood clot or a complete tear, which need a different plan.';
export const heH1 = 'Weeks one and two: calm it down';
export const heP2 = [
  'For the first few days the aim is to let the muscle settle without letting it stiffen. Walk as normally as you can, even if it ' +
    'means shorter steps. Limping for a week teaches your body to avoid the calf, and that habit is hard to undo later.',
  'From day three, start gentle loading. Seated calf raises, with your knee bent and a bag of books on your thigh, are usually ' +
    'comfortable early on. Aim for three sets of fifteen, twice a day. Mild discomfort that settles within an hour is fine.',
];
export const heH2 = 'Weeks three and four: build strength';
export const heP3 = [
  'Once you can walk briskly for twenty minutes without pain, move to standing calf raises. Start on two legs, then progress to one ' +
    'leg, then to a step so your heel can drop below the level of your toes. Go slowly: three seconds up, three seconds down.',
  'Before you run again, we like to see these benchmarks:',
];
export const heList = [
  'Twenty-five single-leg calf raises on the injured side, at the same height as the other side.',
  'Thirty seconds of hopping on both feet with no pain.',
  'Ten single-leg hops on the injured side without pain the next morning.',
];
export const heH3 = 'Weeks five and six: back to running';
export const heP4 = [
  'Your first runs should be short and flat. We often suggest one minute of running and one minute of walking, repeated ten times, ' +
    'every other day. If the calf is no worse the following morning, add a minute of running to each block at the next session.',
  'Leave hills, speed work and long runs until you have managed three weeks of steady running with no flare-ups. Those are the ' +
    'sessions that load the calf most, and they are where re-injury usually happens.',
  'Keep doing the strength work twice a week even after you feel fully recovered. Runners who stop the exercises as soon as the pain ' +
    'goes are the ones we tend to see again in the autumn.',
];
export const heH4 = 'When to get help';
export const heP5 = [
  'If you are not improving after two weeks, or the pain returns each time you run, it is worth having the calf assessed. Sometimes ' +
    'the problem is not the muscle itself but the way the foot, ankle or hip is taking load, and a small change in training can make a ' +
    'large difference.',
];
export const heTop = ['Call us: 0161 496 0732', 'Mon–Fri 7am–8pm, Sat 8am–1pm'];
export const heNav = ['Home', 'Treatments', 'Our Team', 'Prices', 'Blog', 'Contact'];
export const heShare = ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email'];
export const heBio =
  'Tomasz is a senior physiotherapist at Northgate with a special interest in running injuries. He has completed eleven marathons, ' +
  'two of them with a calf strain he should have rested.';
export const heRelated = [
  { t: 'Shin splints or stress fracture? How to tell the difference', d: 'February 20, 2025' },
  { t: 'Five strength exercises every new runner should do', d: 'January 28, 2025' },
  { t: 'Should you run through a niggle? Our rule of thumb', d: 'January 6, 2025' },
];
export const heRelEx = [
  'Both cause pain along the inside of the shin, but they need very different treatment.',
  'Fifteen minutes twice a week is enough to make a real difference to injury risk.',
  'A simple traffic-light system to decide whether to run, rest or see someone.',
];
export const heCta = [
  'Still struggling with a calf injury?',
  'Book a 45-minute assessment with one of our sports physiotherapists. Same-week appointments are usually available.',
  'Book an Assessment',
];
export const heFoot = [
  'Northgate Physio & Sports Clinic',
  '14 Carrow Street, Northgate, NG4 2LT',
  'Opening Hours',
  'Monday to Friday: 7am – 8pm',
  'Saturday: 8am – 1pm',
  'Quick Links',
  'Privacy Policy',
  'Terms of Booking',
  'Careers',
  '© 2025 Northgate Physio & Sports Clinic. All rights reserved.',
];
export const hePopup = [
  'Get our monthly injury-prevention tips',
  'One short email a month with exercises, training advice and clinic news. No spam.',
  'Email',
  'Sign Up',
];
export const heCookie = [
  'Manage Cookie Consent',
  'We use cookies and similar technologies to store and access information on your device. Consenting lets us process data such as ' +
    'browsing behaviour on this site. Not consenting may affect some features.',
  'Functional',
  'Always active',
  'Statistics',
  'Marketing',
  'Accept',
  'Deny',
  'View preferences',
  'Save preferences',
  'Cookie Policy (UK)',
];
