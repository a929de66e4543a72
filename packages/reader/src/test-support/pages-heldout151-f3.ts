/**
 * Held-out batch 151, file f3: the article texts of a Cleveland Clinic Health Library disease article on an invented
 * tick-borne infection, used by file f4: the summary, the sections with their question-style h3s, the "Additional
 * Common Questions" FAQ and "A note from Cleveland Clinic".
 */
export const ccTitle = 'Ridgewood Fever';
export const ccSummary =
  'Ridgewood fever is a bacterial infection spread by the bite of the hollow-ridge tick. It causes fever, headache and a lattice-shaped rash. ' +
  'Antibiotics cure most people within two weeks, especially when treatment starts early.';
export type Sec = { h2: string; parts: { h3: string; ps: string[]; list?: string[]; after?: string[] }[] };
export const ccSections: Sec[] = [
  {
    h2: 'Overview',
    parts: [
      {
        h3: 'What is Ridgewood fever?',
        ps: [
          'Ridgewood fever is an infection caused by a bacterium that lives in small mammals such as voles and field mice. Ticks pick up the ' +
            'bacterium when they feed on these animals and can pass it to people when they bite. It was first described in 1987 after an outbreak ' +
            'among forestry workers in the Ridgewood Hills.',
        ],
      },
      {
        h3: 'How common is Ridgewood fever?',
        ps: [
          'It is uncommon. Health departments in the region report a few hundred cases each year, most of them between May and September, when ' +
            'ticks are most active.',
        ],
      },
    ],
  },
  {
    h2: 'Symptoms and Causes',
    parts: [
      {
        h3: 'What are the symptoms of Ridgewood fever?',
        ps: ['Symptoms usually start three to ten days after a tick bite. They may include:'],
        list: [
          'Fever and chills',
          'Headache, often behind the eyes',
          'Muscle aches, especially in the thighs and lower back',
          'A rash of pale, net-like lines (lattice rash) that starts near the bite',
          'Tiredness that may last several weeks',
        ],
      },
      {
        h3: 'What causes Ridgewood fever?',
        ps: [
          'The bite of an infected hollow-ridge tick causes it. The tick usually has to stay attached for at least 24 hours to pass on the ' +
            'bacterium, so removing ticks quickly lowers your risk.',
        ],
      },
    ],
  },
  {
    h2: 'Diagnosis and Tests',
    parts: [
      {
        h3: 'How do healthcare providers diagnose Ridgewood fever?',
        ps: [
          'A provider will ask about your symptoms and whether you have spent time outdoors in areas where the tick lives. The lattice rash is a ' +
            'strong clue. A blood test can confirm the infection, but results take several days, so providers often start treatment before they ' +
            'arrive.',
        ],
      },
    ],
  },
  {
    h2: 'Management and Treatment',
    parts: [
      {
        h3: 'How is Ridgewood fever treated?',
        ps: [
          'Providers treat it with a course of antibiotics, usually for 10 to 14 days. Most people start to feel better within two or three days. ' +
            'It is important to finish the whole course, even once you feel well.',
        ],
      },
    ],
  },
  {
    h2: 'Prevention',
    parts: [
      {
        h3: 'Can I prevent Ridgewood fever?',
        ps: ['You can lower your risk of tick bites when you are outdoors:'],
        list: [
          'Wear long sleeves and tuck your pants into your socks.',
          'Use an insect repellent that works against ticks.',
          'Check your skin, and your children and pets, for ticks after spending time in long grass or woods.',
          'Remove any tick with fine-tipped tweezers, pulling steadily upward.',
        ],
      },
    ],
  },
  {
    h2: 'Outlook / Prognosis',
    parts: [
      {
        h3: 'What can I expect if I have Ridgewood fever?',
        ps: [
          'With treatment, the outlook is excellent. Without treatment, the fever can last for weeks and, rarely, the infection can affect the ' +
            'heart or the nerves.',
        ],
      },
    ],
  },
  {
    h2: 'Living With',
    parts: [
      {
        h3: 'When should I see my healthcare provider?',
        ps: [
          'Contact a provider if you develop a fever or rash within a month of a tick bite, or if your symptoms do not improve after three ' +
            'days of antibiotics.',
        ],
      },
      {
        h3: 'What questions should I ask my doctor?',
        ps: [],
        list: ['How long will it take me to recover?', 'When can I go back to work or school?', 'What side effects can the antibiotic cause?'],
      },
    ],
  },
  {
    h2: 'Additional Common Questions',
    parts: [
      {
        h3: 'Is Ridgewood fever contagious?',
        ps: ['No. It does not spread from person to person. You can only get it from the bite of an infected tick.'],
      },
      {
        h3: 'Can you get Ridgewood fever more than once?',
        ps: ['Yes. Having it once does not seem to protect you for life, so keep taking steps to avoid tick bites.'],
      },
    ],
  },
];
export const ccNoteHead = 'A note from Cleveland Clinic';
export const ccNote =
  'Finding a tick on your skin can be unsettling, but most tick bites do not lead to illness. If you do develop a fever or an unusual rash ' +
  'after time outdoors, let your provider know about the bite. Ridgewood fever responds well to antibiotics, and most people recover fully.';
