import { useEffect, useState } from 'react';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { DEFAULT_EDITION_ID } from '../../config/editions.ts';
import { loadFramework } from '../../state/content-loader.ts';
import './about.css';

/** The current edition's notes on its sources: what is confirmed and what is our best reading. */
function EditionNotes() {
  const [notes, setNotes] = useState<string[]>();
  useEffect(() => {
    loadFramework(DEFAULT_EDITION_ID).then((framework) => setNotes(framework.notes ?? []), () => setNotes([]));
  }, []);
  if (!notes) return <p>Loading the notes on the December 2019 edition…</p>;
  return (
    <ul>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** Written by the build next to index.html (scripts/build/third-party-notices.ts) and cached for offline use. */
const NOTICES_HREF = `${import.meta.env.BASE_URL}THIRD-PARTY-NOTICES.txt`;

export function AboutScreen() {
  return (
    <section className="page prose">
      <PageHeading title="About this app" />
      <h2>The framework</h2>
      <p>
        The Consortium for School Networking (CoSN) publishes the <cite>Framework of Essential Skills of the K-12 CTO</cite>: the
        body of knowledge a school district’s chief technology officer needs, and the basis of CoSN’s Certified Education
        Technology Leader (CETL®) certification. The app offers two editions. The December 2019 edition, rebuilt after CoSN’s 2018
        job analysis and the basis of the CETL exam since 2020, has three categories (Leadership and Vision; Understanding the
        Educational Environment; Managing Technology and Support Resources) holding ten skill areas, among them the new Data
        Privacy and Security, with the core values running through all of them. Version 2.0 (December 2009) groups the work into
        four parts, the fourth being Core Values and Skills, and remains fully supported for assessments made on it. No later
        edition is known.
      </p>
      <h3>Notes on the December 2019 edition’s sources</h3>
      <EditionNotes />
      <p>
        Re-assessing a 2009 assessment on the 2019 edition goes through a crosswalk we wrote, indicator by indicator: answers that
        map one to one are carried, the rest are carried and marked for you to check, and new indicators start empty.
      </p>
      <h2>Credit</h2>
      <p>
        The groupings, skill areas and their titles come from CoSN’s framework, and we thank CoSN for it. The descriptions,
        indicators, level descriptors and crosswalks in this app (the one to the ISTE Standards for Education Leaders included)
        are written by the app’s authors in their own words; they are not CoSN’s or ISTE’s text.
      </p>
      <p>
        <strong>This app is independent. It is not made, endorsed or certified by CoSN</strong>, and using it does not confer
        CETL certification. CETL is a registered mark of the Consortium for School Networking.
      </p>
      <h2>Your answers stay on this device</h2>
      <p>
        Everything you type is saved in this browser’s storage on this device. There is no account and no server: nothing you
        enter is sent anywhere. Clearing this browser’s site data removes your assessments, so keep that in mind on a shared
        computer.
      </p>
      <h2>How to use it</h2>
      <p>
        For each indicator, choose the level that best describes your practice today, the level you are aiming for, and note the
        evidence behind your rating. Four levels — Emerging, Developing, Proficient and Leading — describe growing practice, and
        every indicator says what each level looks like for it; choose “Not applicable” where an indicator does not fit your role. You can stop at any point and come back later.
      </p>
      <h2>Open-source software</h2>
      <p>
        This app is built with open-source packages such as React, React Router, zod and zustand. Their names, versions and
        licences are listed in full in the <a href={NOTICES_HREF}>Third-party licences</a>.
      </p>
    </section>
  );
}
