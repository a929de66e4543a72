/**
 * Held-out batch 87, file f4: the question, answers, comments and interface texts of the Stack Exchange page of file f2.
 */
export interface SeComment {
  score?: string;
  text: string;
  user: string;
  rep: string;
  date: string;
}
export interface SePost {
  id: number;
  score: string;
  body: string[];
  list?: string[];
  after?: string[];
  action: string;
  user: string;
  rep: string;
  badges: [string, string, string];
  edited?: string;
  comments: SeComment[];
}
export const seSite = 'Home Repair';
export const seTitle = 'GFCI outlet in the basement trips only when the dehumidifier starts';
export const seQuestion: SePost = {
  id: 41872,
  score: '14',
  body: [
    'I have a 20 A GFCI receptacle in my unfinished basement. A 50-pint dehumidifier is the only thing plugged into it. About once a ' +
      'day, the GFCI trips, and it is always at the moment the dehumidifier’s compressor kicks on. It never trips while the unit is ' +
      'running, only at start-up.',
    'Things I have checked:',
  ],
  list: [
    'The dehumidifier does not trip a GFCI in the kitchen when I run it there for a week.',
    'A different appliance (a shop vac) on the basement GFCI does not trip it.',
    'Nothing else is on the circuit as far as I can tell. I turned off the breaker and tested every outlet in the basement.',
  ],
  after: [
    'The receptacle is about eight years old. Is the GFCI failing, or is there something about a compressor starting in a damp ' +
      'basement that makes this expected? I would rather not replace the dehumidifier if the outlet is the problem.',
  ],
  action: 'asked Aug 14, 2025 at 9:12',
  user: 'Corinne Abadie',
  rep: '1,204',
  badges: ['3', '11', '24'],
  edited: 'edited Aug 14, 2025 at 10:01',
  comments: [
    {
      score: '2',
      text: 'Is the basement GFCI the first device on the circuit, or is it fed through another GFCI or an AFCI breaker upstairs?',
      user: 'Dmitri Volkov',
      rep: '48.2k',
      date: 'Aug 14, 2025 at 9:30',
    },
    {
      text: '@DmitriVolkov It is the first device on its own 20 A breaker, a plain breaker with no AFCI. I checked the panel label and the wiring.',
      user: 'Corinne Abadie',
      rep: '1,204',
      date: 'Aug 14, 2025 at 9:58',
    },
  ],
};
export const seAnswers: SePost[] = [
  {
    id: 41875,
    score: '11',
    body: [
      'This is a common and usually legitimate trip, and the fact that the same unit is fine in the kitchen is the clue. A GFCI trips ' +
        'when the current going out on the hot wire and coming back on the neutral differ by about 5 mA. A compressor motor at start-up ' +
        'briefly draws a large current, and a small leakage to ground that is harmless while it runs can cross that threshold for a ' +
        'moment when it starts.',
      'In a basement two things make this worse:',
    ],
    list: [
      'Condensation. The coils and the wiring inside a dehumidifier are cold and wet by design, and a little moisture on the compressor ' +
        'terminals or in the power cord’s strain relief raises the leakage current.',
      'An older GFCI. Receptacles made before 2015 do not have the self-test and tend to become more sensitive, or less reliable, with age.',
    ],
    after: [
      'I would replace the receptacle first. A new 20 A self-testing GFCI costs less than a service call, and it is a ten-minute job ' +
        'with the breaker off. If the new one still trips at start-up, have the dehumidifier checked; the leakage is then in the unit, ' +
        'and a unit that leaks enough to trip a GFCI in a damp basement should not be plugged in without one.',
      'Do not move it to a non-GFCI outlet to stop the trips. Code requires GFCI protection for basement receptacles for exactly this reason.',
    ],
    action: 'answered Aug 14, 2025 at 11:40',
    user: 'Dmitri Volkov',
    rep: '48.2k',
    badges: ['9', '61', '132'],
    comments: [
      {
        score: '1',
        text: 'Replaced the receptacle on Saturday and it has not tripped since, five days and counting. Thank you for the explanation.',
        user: 'Corinne Abadie',
        rep: '1,204',
        date: 'Aug 20, 2025 at 18:05',
      },
    ],
  },
  {
    id: 41881,
    score: '3',
    body: [
      'One more thing to check before you buy anything: look at the drain hose. If the dehumidifier drains into a floor drain or a ' +
        'pump, make sure the hose is not lying in standing water near the unit’s base. I chased a trip like this for a month and it ' +
        'turned out to be water wicking back up the hose into the float switch housing.',
      'If the unit uses its own bucket, ignore this, and go with the new receptacle.',
    ],
    action: 'answered Aug 15, 2025 at 7:22',
    user: 'Hugh Marsden',
    rep: '2,311',
    badges: ['1', '8', '19'],
    comments: [],
  },
];
export const seMeta = [
  ['Asked', '1 year ago'],
  ['Modified', '2 months ago'],
  ['Viewed', '3k times'],
];
export const seTags = ['electrical', 'gfci', 'basement', 'dehumidifier'];
export const seLeftNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
export const seTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const sePostMenu = ['Share', 'Improve this question', 'Follow', 'Improve this answer'];
export const seAnswerHead = [
  '2 Answers',
  'Sorted by:',
  'Reset to default',
  'Highest score (default)',
  'Date modified (newest first)',
  'Date created (oldest first)',
];
export const seCommentLink = 'Add a comment';
export const seBottom = [
  'Start asking to get answers',
  'Find the answer to your question by asking.',
  'Ask question',
  'Explore related questions',
  'See similar questions with these tags.',
];
export const seMetaSide = ['The Overflow Blog', 'Featured on Meta', 'Related', 'Hot Network Questions'];
export const seBlog = ['Why your retry loop is a denial-of-service waiting to happen', 'Community moderator election results for 2025'];
export const seRelated = [
  ['5', 'Why does my GFCI trip when the refrigerator compressor starts?'],
  ['2', 'Should a dehumidifier be on a dedicated circuit?'],
  ['8', 'GFCI trips randomly in a damp garage'],
];
export const seHot = [
  'How do I stop a cast-iron pan from rusting between uses?',
  'Why are there two different sizes of phone charging bricks in the same box?',
  'What was the first computer to use a mouse with a scroll wheel?',
];
export const seFooterHead = ['Home Repair', 'Company', 'Stack Exchange Network'];
export const seFooterSite = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
export const seFooterCompany = [
  'Stack Overflow',
  'Advertising',
  'Talent',
  'About',
  'Press',
  'Legal',
  'Privacy Policy',
  'Terms of Service',
  'Cookie Settings',
  'Cookie Policy',
];
export const seFooterNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const seFooterSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seLicence = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.11.37012';
export const seCookie = [
  'Your privacy',
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance ' +
    'with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
