import type { EventFormValues } from './event-form';

type Template = { name: string; values: Partial<EventFormValues> };

/** Pre-filled starting points for the municipality's preventive-health activities, each with an easy-read text. */
export const EVENT_TEMPLATES: Record<string, Template> = {
	balans: {
		name: 'Balansträning och fallprevention',
		values: {
			title: 'Balansträning – fallprevention',
			summary: 'Enkla övningar som stärker balansen och minskar risken att falla. Passar alla, även med rollator.',
			description: 'Vi tränar balans, styrka och rörlighet med övningar som går att göra hemma. En fysioterapeut leder passen.\n\nTa på dig bekväma kläder och skor. Vatten finns.',
			easyRead: 'Vi tränar balans och styrka i benen.\nDå är det lättare att inte ramla.\nEn fysioterapeut visar övningarna.\nDu kan hålla i en stol.\nDu behöver anmäla dig.\nDet kostar inget.',
			category: 'halsa',
			audiences: ['alla-aldre'],
			languages: ['sv'],
			costKind: 'free',
			scheduleKind: 'weekly',
			frequency: '1',
			startTime: '10:00',
			endTime: '11:00',
			signupRequired: true,
			signupHow: 'Anmäl dig till kursledaren. Begränsat antal platser.',
			capacity: '12',
			accessibilityNotes: 'Stolar finns för den som vill sitta ner under övningarna.'
		}
	},
	halsosamtal: {
		name: 'Hälsosamtal eller föreläsning',
		values: {
			title: '',
			summary: 'En träff om hälsa med tid för frågor. Fika ingår.',
			description: 'En sjuksköterska berättar och svarar på frågor. Du behöver inte säga något om dig själv.',
			easyRead: 'Vi pratar om hälsa.\nEn sjuksköterska berättar.\nDu kan fråga om det du undrar.\nDu behöver inte berätta om dig själv.\nVi bjuder på fika.\nDet kostar inget.',
			category: 'halsa',
			audiences: ['alla-aldre', 'anhoriga'],
			languages: ['sv'],
			costKind: 'free',
			scheduleKind: 'once',
			startTime: '14:00',
			endTime: '15:30'
		}
	},
	vaccination: {
		name: 'Vaccinationsdag',
		values: {
			title: 'Influensavaccination – drop-in',
			summary: 'Vaccination mot säsongsinfluensa för dig som är 65 år eller äldre. Ingen tidsbokning.',
			description: 'Ta med legitimation. Vaccinationen är kostnadsfri för dig som är 65 år eller äldre.\n\nDu kan behöva vänta en stund; det finns stolar.',
			easyRead: 'Du kan få en spruta mot influensa.\nSprutan är gratis om du är 65 år eller äldre.\nDu behöver inte boka tid.\nTa med legitimation.\nDet finns stolar om du behöver vänta.',
			category: 'halsa',
			audiences: ['alla-aldre'],
			languages: ['sv'],
			costKind: 'free',
			scheduleKind: 'once',
			startTime: '09:00',
			endTime: '12:00'
		}
	},
	digital: {
		name: 'Digital hjälp',
		values: {
			title: 'Digital hjälp – mobil och dator',
			summary: 'Få hjälp med mobilen, surfplattan, BankID eller Kivra. Ta med din egen enhet.',
			description: 'Frivilliga hjälper dig i lugn takt. Inga frågor är för enkla.\n\nTa med din mobil eller surfplatta och laddare. Dina lösenord och koder behåller du för dig själv – ingen här frågar efter dem.',
			easyRead: 'Vi hjälper dig med mobilen eller datorn.\nTa med din mobil eller platta.\nTa med laddaren också.\nVi tar det lugnt.\nSäg aldrig dina koder till någon.\nDet kostar inget.',
			category: 'digital',
			audiences: ['alla-aldre'],
			languages: ['sv'],
			costKind: 'free',
			scheduleKind: 'weekly',
			frequency: '2',
			startTime: '13:00',
			endTime: '15:00'
		}
	}
};
