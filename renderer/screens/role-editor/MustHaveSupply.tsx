// The role editor's must-have warning: asks the service how many engineers on the bench hold each
// must-have (a moment after typing stops) and shows the scarce ones with related skills to swap in.
import { useEffect, useState } from 'react';
import { FEW_HOLDERS, type SkillSupply } from '../../../shared/matching/supply';
import { api } from '../../api/client';
import { ScarceSkills } from '../../components/ScarceSkills';

const SETTLE_MS = 300;

export function MustHaveSupply({ skills, onSwap }: { skills: string[]; onSwap: (skill: string, to: string) => void }) {
  const [scarce, setScarce] = useState<SkillSupply[]>([]);
  const key = skills.filter((s) => s.trim()).join('\n');
  useEffect(() => {
    const names = key ? key.split('\n') : [];
    let live = true;
    const timer = setTimeout(() => {
      if (!names.length) return setScarce([]);
      // A failed look-up only hides the warning: the form itself does not depend on it.
      api.skillSupply({ skills: names }).then((r) => live && setScarce(r.skills.filter((s) => s.holders < FEW_HOLDERS)), () => live && setScarce([]));
    }, SETTLE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [key]);
  return <ScarceSkills supply={scarce} onSwap={onSwap} />;
}
