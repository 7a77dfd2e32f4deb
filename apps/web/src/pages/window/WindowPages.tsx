import { Route, Routes } from 'react-router';
import WindowPage from './WindowPage';
import ConsultationsDesk from '../consultations/ConsultationsDesk';
import FollowUps from '../satisfaction/FollowUps';

/** The one window: its inbox of applications, the consultations it answers, its follow-up calls. */
export default function WindowPages() {
  return (
    <Routes>
      <Route path="consultations" element={<ConsultationsDesk />} />
      <Route path="follow-ups" element={<FollowUps />} />
      <Route path="*" element={<WindowPage />} />
    </Routes>
  );
}
