import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default: too little on a busy 2-core CI machine. They still
// return the moment their condition holds, so passing tests are not slower.
configure({ asyncUtilTimeout: 5000 });
