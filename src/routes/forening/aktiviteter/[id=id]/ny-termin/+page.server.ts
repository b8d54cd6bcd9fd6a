import type { Actions, PageServerLoad } from './$types';
import { requireOrganisation } from '$lib/server/organisation-context';
import { organiserActor } from '$lib/server/commands/actor';
import { handleTermCopy, loadTermCopy } from '$lib/server/term-copy';
import { todayInStockholm } from '$lib/domain/dates';

export const load: PageServerLoad = (event) => {
	const { organisation } = requireOrganisation(event);
	return { ...loadTermCopy(organisation.id, Number(event.params.id), event.url), today: todayInStockholm() };
};

export const actions: Actions = {
	default: async (event) => handleTermCopy(event.request, organiserActor(event), Number(event.params.id), '/forening')
};
