/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/** The bundled examples, loaded and linked as the command line loads them. */
final class Examples {
	static final String BOTKYRKA = "botkyrka/underavtal.samverkan";
	static final String JARVA = "jarva/jarva.samverkan";
	static final String SPANGA_TENSTA = "spanga-tensta/spanga-tensta.samverkan";
	/** Kungälv's citizen promises 2017–2018, 2018–2019 and 2020–2021, each following the one before. */
	static final String KUNGALV_2017 = "kungalv/medborgarlofte-2017-2018.samverkan";
	static final String KUNGALV_2018 = "kungalv/medborgarlofte-2018-2019.samverkan";
	static final String KUNGALV_2020 = "kungalv/medborgarlofte-2020-2021.samverkan";
	/** Göteborg Centrum's citizen promises of 2017, 2018, 2019 and a later one, in one file. */
	static final String GOTEBORG = "goteborg-centrum/medborgarloften.samverkan";
	static final String GOTEBORG_CENTRUM = GOTEBORG;

	private Examples() {
	}

	static Path file(String example) {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).resolve(example);
	}

	static Resource resource(String example) throws Exception {
		Path file = file(example);
		ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		folder.load(List.of(file));
		return folder.requested().get(file);
	}

	static Agreement agreement(String example) throws Exception {
		return ((Model) resource(example).getContents().get(0)).getAgreements().get(0);
	}

	static List<Finding> findings(Agreement agreement) {
		return new ModelValidator().validate((Model) agreement.eContainer()).findings();
	}
}
